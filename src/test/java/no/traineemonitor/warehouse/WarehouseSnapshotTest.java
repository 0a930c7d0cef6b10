package no.traineemonitor.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import no.traineemonitor.base.sql.SqlFiles;
import no.traineemonitor.warehouse.ingest.SampleDataLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read-only decision: while another process (the running server) holds the database file, a command reads a
 * read-only copy of it. The other process here is a second JVM that opens the file and waits.
 */
class WarehouseSnapshotTest {

    @TempDir
    Path tmp;

    /** Holds a DuckDB file open until its standard input closes (run as a separate process). */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            try (var c = DriverManager.getConnection(WarehouseProperties.jdbcUrl(Path.of(args[0])))) {
                System.out.println("holding");
                System.out.flush();
                System.in.read();
            }
        }
    }

    @Test
    void while_another_process_holds_the_file_a_command_reads_a_read_only_copy() throws Exception {
        Path database = tmp.resolve("data/traineemonitor.duckdb");
        var properties = new WarehouseProperties(database, Path.of("sample-data"), 2);
        var builder = new WarehouseBuilder(properties, new SampleDataLoader(new SqlFiles()));
        builder.buildAndSwap(database);
        WarehouseFile file = new WarehouseFile(properties, builder);
        assertThat(file.heldByAnotherProcess()).isFalse();

        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(List.of(javaBin, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Holder.class.getName(), database.toString()))
                .redirectErrorStream(true).start();
        try {
            var lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(lines.readLine()).isEqualTo("holding");
            assertThat(file.heldByAnotherProcess()).isTrue();

            // a command killed while it read its copy left this behind: the next snapshot removes it
            Path stale = Path.of(System.getProperty("java.io.tmpdir"), "traineemonitor-snapshot-"
                    + no.traineemonitor.base.LeftoversTest.endedProcess() + "-42");
            Files.createDirectories(stale);
            Files.writeString(stale.resolve("traineemonitor.duckdb"), "17 MB in real life");

            WarehouseFile.Snapshot snapshot = file.snapshot();
            assertThat(stale).doesNotExist();
            assertThat(snapshot.directory().getFileName().toString()).startsWith("traineemonitor-snapshot-" + ProcessHandle.current().pid() + "-");
            assertThat(snapshot.file()).isNotEqualTo(database);
            try (var c = DriverManager.getConnection(WarehouseProperties.readOnlyJdbcUrl(snapshot.file()));
                 var st = c.createStatement()) {
                try (var rs = st.executeQuery("SELECT count(*) FROM public_fact")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isEqualTo(741);
                }
                try (var rs = st.executeQuery("SELECT data_version FROM warehouse_build")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo(builder.dataVersion());
                }
            }
            snapshot.delete();
            assertThat(Files.exists(snapshot.directory())).isFalse();
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            holder.destroy();
        }
        assertThat(file.heldByAnotherProcess()).isFalse();
    }
}
