package no.traineemonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production jar started on a damaged database file (truncated at 8.5 MB, as in the issue) refuses to start with
 * one message saying what to do, leaves the file as it is, and what the message says works: {@code load} replaces
 * the file with a new one that matches its checksum.
 */
class DamagedDatabaseIT {

    @TempDir
    Path tmp;

    @Test
    void the_server_refuses_a_damaged_file_and_load_replaces_it() throws Exception {
        Path database = tmp.resolve("data/traineemonitor.duckdb");
        Path testDatabase = Path.of("target/test-db/traineemonitor.duckdb"); // built by the tests before, with its checksum
        if (Files.exists(testDatabase.resolveSibling("traineemonitor.duckdb.sha256"))) {
            Files.createDirectories(database.getParent());
            Files.copy(testDatabase, database);
            Files.copy(testDatabase.resolveSibling("traineemonitor.duckdb.sha256"), database.resolveSibling("traineemonitor.duckdb.sha256"));
        } else {
            assertThat(run(List.of("load", "--traineemonitor.database=" + database)).exit()).as("first load").isZero();
        }
        try (var f = new RandomAccessFile(database.toFile(), "rw")) {
            f.setLength(8_500_000);
        }

        Run start = run(List.of("--server.port=0", "--traineemonitor.database=" + database));
        assertThat(start.exit()).as(start.output()).isEqualTo(1);
        assertThat(start.output())
                .contains("The database file " + database + " is damaged: its content differs from the checksum recorded"
                        + " when it was built (traineemonitor.duckdb.sha256).")
                .contains("Run './tm load --traineemonitor.database=" + database + "' to replace it")
                .doesNotContain("Tomcat started", "Started Application", "Exception in thread");
        assertThat(Files.size(database)).as("the damaged file is left for inspection").isEqualTo(8_500_000);

        Run load = run(List.of("load", "--traineemonitor.database=" + database));
        assertThat(load.exit()).as(load.output()).isZero();
        assertThat(load.output()).containsPattern("Replaced the damaged database file \\((its content differs from the checksum|it ends early)");
        String recorded = Files.readString(database.resolveSibling("traineemonitor.duckdb.sha256")).split(" ")[0];
        assertThat(sha256(database)).isEqualTo(recorded);
    }

    record Run(int exit, String output) {
    }

    private static Run run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-jar", "target/traineemonitor.jar"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
