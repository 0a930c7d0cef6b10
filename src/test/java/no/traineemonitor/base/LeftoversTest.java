package no.traineemonitor.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class LeftoversTest {

    /** The id of a process that has ended (a short-lived child, waited for). */
    public static long endedProcess() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void work_files_of_ended_processes_are_removed_and_those_of_running_ones_kept(@TempDir Path dir) throws Exception {
        long ended = endedProcess();
        long self = Leftovers.pid();
        Files.writeString(dir.resolve("work-" + ended + ".tmp"), "left by a killed process");
        Files.createDirectories(dir.resolve("work-" + ended + ".tmp.d"));
        Files.writeString(dir.resolve("work-" + ended + ".tmp.d/part"), "inside a folder");
        Files.writeString(dir.resolve("work-" + self + ".tmp"), "this process is still writing it");
        Files.writeString(dir.resolve("notes.txt"), "not a work file");

        var removed = Leftovers.remove(dir, Pattern.compile("work-([0-9]+)\\.tmp(\\.d)?"));

        assertThat(removed).hasSize(2);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("work-" + self + ".tmp", "notes.txt");
        }
    }
}
