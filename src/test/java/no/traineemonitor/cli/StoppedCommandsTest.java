package no.traineemonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command stopped in the middle of an export, while a server holds the database (so the command reads a snapshot
 * of it): SIGTERM leaves nothing behind; after a {@code kill -9}, which no process can clean up after, the next command
 * removes what the killed one left. The command runs as a separate JVM ({@code java ... Main extract ...}) with its own
 * temporary folder, so everything it leaves there can be seen.
 */
class StoppedCommandsTest {

    @TempDir
    static Path shared;
    static Path database;
    static Process server;

    @TempDir
    Path tmp;
    @TempDir
    Path out;

    @BeforeAll
    static void loadAndHold() throws IOException {
        database = CliRun.load(shared.resolve("traineemonitor.duckdb"));
        server = HoldDatabase.start(database);
    }

    @AfterAll
    static void release() throws InterruptedException {
        HoldDatabase.stop(server);
    }

    private Process extract(String name) throws IOException {
        return HoldDatabase.java(List.of("-Djava.io.tmpdir=" + tmp), "no.traineemonitor.Main", "extract",
                "--out=" + out.resolve(name), "--traineemonitor.database=" + database).redirectErrorStream(true)
                .redirectOutput(tmp.resolveSibling(tmp.getFileName() + ".log").toFile()).start();
    }

    /** Waits until the export's partial file and the database snapshot both exist, i.e. the command is mid-write. */
    private void awaitMidWrite(Process command) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && command.isAlive()) {
            if (!names(out, ".all.xlsx.").isEmpty() && !names(tmp, "traineemonitor-snapshot-").isEmpty()) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the export never was mid-write; it printed: "
                + Files.readString(tmp.resolveSibling(tmp.getFileName() + ".log")));
    }

    private static List<String> names(Path dir, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(prefix)).toList();
        }
    }

    @Test
    void sigterm_during_an_export_leaves_no_partial_file_and_no_snapshot() throws Exception {
        Process command = extract("all.xlsx");
        awaitMidWrite(command);
        command.destroy(); // SIGTERM
        assertThat(command.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(command.exitValue()).isEqualTo(143); // 128 + SIGTERM
        assertThat(out).isEmptyDirectory();
        assertThat(names(tmp, "")).as("left in the temporary folder").isEmpty();
    }

    @Test
    void what_a_kill_9_leaves_the_next_command_removes() throws Exception {
        Process killed = extract("all.xlsx");
        awaitMidWrite(killed);
        killed.destroyForcibly(); // SIGKILL: no code of the command runs
        killed.waitFor(60, TimeUnit.SECONDS);
        assertThat(names(out, ".all.xlsx.")).hasSize(1);
        assertThat(names(tmp, "traineemonitor-snapshot-")).hasSize(1);

        Process next = extract("all.csv"); // another file in the same folder
        assertThat(next.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(next.exitValue()).as(Files.readString(tmp.resolveSibling(tmp.getFileName() + ".log"))).isZero();
        assertThat(names(out, "")).containsExactly("all.csv");
        assertThat(names(tmp, "traineemonitor-")).isEmpty();
    }
}
