package no.traineemonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written whole or not at all, and failures in words. */
class OutputFilesTest {

    @TempDir
    Path dir;

    @Test
    void the_operating_systems_reasons_are_said_in_words() {
        assertThat(OutputFiles.reason(new AccessDeniedException("/etc/.passwd.1-2.partial"))).isEqualTo("permission denied");
        assertThat(OutputFiles.reason(new NoSuchFileException("/no/such/.x.xlsx.1-2.partial"))).isEqualTo("the folder /no/such does not exist");
        assertThat(OutputFiles.reason(new FileSystemException("/mnt/small/x.csv", null, "No space left on device"))).isEqualTo("disk full");
        assertThat(OutputFiles.reason(new IOException("No space left on device"))).isEqualTo("disk full");
        assertThat(OutputFiles.reason(new FileSystemException("/media/cd/x", null, "Read-only file system")))
                .isEqualTo("the file system is read-only");
    }

    @Test
    void a_file_is_replaced_only_when_complete_and_a_failed_write_leaves_the_old_one() throws IOException {
        Path file = dir.resolve("report.csv");
        OutputFiles.Written written = OutputFiles.write(file, out -> out.write("a,b\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(written.bytes()).isEqualTo(4);
        assertThat(Files.readString(file)).isEqualTo("a,b\n");

        assertThatThrownBy(() -> OutputFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new FileSystemException(dir.toString(), null, "No space left on device");
        })).isInstanceOf(UserFacingException.class).hasMessage("Cannot write " + file + ": disk full");
        assertThat(Files.readString(file)).isEqualTo("a,b\n");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(file);
        }
    }

    @Test
    void a_disk_full_inside_a_writer_that_wraps_it_is_still_named_with_the_file_and_no_partial_file_is_left() {
        Path file = dir.resolve("all.csv");
        assertThatThrownBy(() -> OutputFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new java.io.UncheckedIOException(new IOException("No space left on device"));
        })).isInstanceOf(UserFacingException.class).hasMessage("Cannot write " + file + ": disk full");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void a_device_or_pipe_is_refused_as_a_target_rather_than_replaced() {
        Path device = Path.of("/dev/null");
        assertThatThrownBy(() -> OutputFiles.checkTarget(device.toString())).isInstanceOf(UserFacingException.class)
                .hasMessage("Cannot write /dev/null: it is not a regular file");
        assertThat(Files.isRegularFile(device)).isFalse();
    }

    @Test
    void several_files_are_all_written_or_none_and_a_folder_made_for_them_goes_too() {
        Path folder = dir.resolve("reports");
        try (OutputFiles files = new OutputFiles()) {
            files.createFolder(folder);
            files.add(folder.resolve("a.xlsx"), out -> out.write(1));
            assertThatThrownBy(() -> files.add(folder.resolve("b.xlsx"), out -> {
                throw new IOException("No space left on device");
            })).hasMessageContaining("b.xlsx: disk full");
        }
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void partial_files_of_commands_that_no_longer_run_are_removed_by_the_next_write() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path leftover = dir.resolve(".other.xlsx." + ended.pid() + "-42.partial");
        Files.writeString(leftover, "half");
        Path running = dir.resolve(".x.csv." + ProcessHandle.current().pid() + "-43.partial");
        Files.writeString(running, "being written");
        OutputFiles.write(dir.resolve("x.csv"), out -> out.write('x'));
        assertThat(leftover).doesNotExist();
        assertThat(running).exists();
    }
}
