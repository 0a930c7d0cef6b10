package no.traineemonitor.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import no.traineemonitor.base.sql.SqlFiles;
import no.traineemonitor.cli.HoldDatabase;
import no.traineemonitor.warehouse.ingest.SampleDataLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read-only opening of a command: while another process (the running server) holds the database file, a command
 * reads a read-only copy of it, deleted when the pool closes; copies that killed commands left behind are removed.
 */
class WarehouseSnapshotTest {

    @TempDir
    Path tmp;

    @Test
    void while_another_process_holds_the_file_a_command_reads_a_read_only_copy() throws Exception {
        Path database = tmp.resolve("data/traineemonitor.duckdb");
        var properties = new WarehouseProperties(database, Path.of("sample-data"), 2);
        var builder = new WarehouseBuilder(properties, new SampleDataLoader(new SqlFiles()));
        builder.buildAndSwap(database);
        String before = no.traineemonitor.cli.CliRun.fingerprint(database);

        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        Path stale = Files.createDirectories(temporary.resolve(WarehouseSnapshot.PREFIX + ended.pid() + "-7"));
        Files.writeString(stale.resolve("traineemonitor.duckdb"), "a copy a killed command left");

        Process holder = HoldDatabase.start(database);
        try {
            HikariConfig config = new HikariConfig();
            config.setMaximumPoolSize(2);
            try (var pool = (HikariDataSource) new ReadOnlyWarehouse(properties, builder).open(config);
                 var c = pool.getConnection(); var st = c.createStatement()) {
                assertThat(pool.getJdbcUrl()).doesNotContain(database.toString()).contains("duckdb.read_only=true");
                assertThat(ownSnapshots(temporary)).hasSize(1);
                try (var rs = st.executeQuery("SELECT count(*) FROM public_fact")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isEqualTo(734);
                }
            }
            assertThat(ownSnapshots(temporary)).isEmpty();
            assertThat(stale).doesNotExist();
        } finally {
            HoldDatabase.stop(holder);
        }
        assertThat(no.traineemonitor.cli.CliRun.fingerprint(database)).isEqualTo(before);
    }

    private static java.util.List<Path> ownSnapshots(Path temporary) throws java.io.IOException {
        try (Stream<Path> files = Files.list(temporary)) {
            return files.filter(f -> f.getFileName().toString().startsWith(WarehouseSnapshot.PREFIX + ProcessHandle.current().pid() + "-"))
                    .toList();
        }
    }
}
