package no.traineemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import no.traineemonitor.base.LeftoversTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report is written whole or not at all, and what a killed export left is removed by the next one. */
class ReportFilesTest {

    @Test
    void the_hidden_partial_file_of_a_killed_export_is_removed_by_the_next_export(@TempDir Path dir) throws Exception {
        Path killed = dir.resolve(".extract.csv." + LeftoversTest.endedProcess() + "-8812.partial");
        Files.writeString(killed, "half a file");
        Path other = dir.resolve(".county-18.xlsx." + LeftoversTest.endedProcess() + "-1.partial"); // another report's
        Files.writeString(other, "half of another");
        Path running = dir.resolve(".county-50.xlsx." + ProcessHandle.current().pid() + "-2.partial"); // being written
        Files.writeString(running, "a process that still runs is writing this");

        ReportFiles.write(dir.resolve("extract.csv"), out -> out.write("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(names(dir)).containsExactlyInAnyOrder("extract.csv", running.getFileName().toString());
        assertThat(dir.resolve("extract.csv")).hasContent("a,b\n1,2");
    }

    @Test
    void a_failed_export_leaves_neither_the_file_nor_its_partial(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> ReportFiles.write(dir.resolve("county.xlsx"), out -> {
            out.write(new byte[1000]);
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(names(dir)).isEmpty();
    }

    private static Stream<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).toList().stream();
        }
    }
}
