package no.traineemonitor.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A damaged database is never served: the file is checked against the checksum written when it was built (or read
 * whole when it has none) before the pool opens, {@code load} replaces a damaged file, and the health check is DOWN
 * when the file changes under the server or a query fails on damaged storage. The damage is the issue's: a file
 * truncated at 8.5 MB, 256 kB of random bytes at 6 MB (inside the primary-key indexes, which a table scan never
 * reads: only the checksum finds them) or in the facts' block (which reading the tables finds without a checksum), a
 * 4 kB stub, an empty file and garbage.
 */
class WarehouseVerificationTest {

    @TempDir
    static Path tmp;
    static Path good;

    @BeforeAll
    static void build() {
        good = tmp.resolve("good/traineemonitor.duckdb");
        WarehouseBuilderTest.builder(Path.of("sample-data")).buildAndSwap(good);
    }

    /** A copy of the good database (and its checksum) under a new name. */
    static Path copy(String name, boolean withChecksum) throws IOException {
        Path file = tmp.resolve(name + "/traineemonitor.duckdb");
        Files.createDirectories(file.getParent());
        Files.copy(good, file);
        if (withChecksum) {
            Files.copy(WarehouseChecksum.of(good), WarehouseChecksum.of(file));
        }
        return file;
    }

    static void randomBytes(Path file, long at, int length) throws IOException {
        byte[] bytes = new byte[length];
        new Random(14).nextBytes(bytes);
        try (var f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(at);
            f.write(bytes);
        }
    }

    static WarehouseFile warehouseFile(Path database) {
        var properties = new WarehouseProperties(database, Path.of("sample-data"), 2);
        return new WarehouseFile(properties, WarehouseBuilderTest.builder(Path.of("sample-data")));
    }

    @Test
    void a_good_file_is_verified_by_its_checksum() {
        assertThat(new WarehouseVerifier().verify(good).method()).isEqualTo("checksum");
    }

    @Test
    void a_file_truncated_at_8_5_mb_is_refused_with_what_to_do() throws IOException {
        Path file = copy("truncated", true);
        try (var f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(8_500_000);
        }
        assertThatThrownBy(() -> warehouseFile(file).ensureReady())
                .isInstanceOf(WarehouseUnavailableException.class)
                .hasMessageContaining("is damaged: its content differs from the checksum recorded when it was built")
                .hasMessageContaining("Run './tm load --traineemonitor.database=" + file + "' to replace it");
        assertThat(Files.size(file)).as("the damaged file is left as it was").isEqualTo(8_500_000);
    }

    @Test
    void random_bytes_at_6_mb_are_found_by_the_checksum_and_without_one_by_reading_everything() throws Exception {
        Path withChecksum = copy("random", true);
        randomBytes(withChecksum, 6L << 20, 256 * 1024);
        assertThatThrownBy(() -> new WarehouseVerifier().verify(withChecksum)).hasMessageContaining("is damaged");

        // Without a checksum only what the tables and views read is checked: the facts' own block, not the indexes at
        // 6 MB (where they fall depends on the tables stored before them)
        Path without = copy("random-no-checksum", false);
        randomBytes(without, blockOffset(good, "fact_observation"), 256 * 1024);
        assertThatThrownBy(() -> new WarehouseVerifier().verify(without))
                .hasMessageContaining("is damaged: reading ")
                .hasMessageContaining("Run './tm load");
    }

    /** Where in the file a table's first data block starts (DuckDB: a 12 kB header, then 256 kB blocks). */
    static long blockOffset(Path database, String table) throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection(WarehouseProperties.jdbcUrl(database) + ";duckdb.read_only=true");
             var st = c.createStatement();
             var rs = st.executeQuery("SELECT min(block_id) FROM pragma_storage_info('" + table + "') WHERE block_id >= 0")) {
            rs.next();
            return 3 * 4096L + rs.getLong(1) * 262_144L;
        }
    }

    @Test
    void a_file_without_a_checksum_is_verified_by_reading_every_table_and_view() throws IOException {
        Path file = copy("no-checksum", false);
        assertThat(new WarehouseVerifier().verify(file).method()).isEqualTo("every table and view read (no checksum file)");
    }

    @Test
    void an_empty_a_garbage_and_a_4_kb_file_are_damaged_not_a_full_disk_and_load_replaces_them() throws IOException {
        Path empty = tmp.resolve("empty/traineemonitor.duckdb");
        Files.createDirectories(empty.getParent());
        Files.write(empty, new byte[0]);
        Path garbage = tmp.resolve("garbage/traineemonitor.duckdb");
        Files.createDirectories(garbage.getParent());
        byte[] noise = new byte[100_000];
        new Random(6).nextBytes(noise);
        Files.write(garbage, noise);
        Path stub = copy("stub", false);
        try (var f = new RandomAccessFile(stub.toFile(), "rw")) {
            f.setLength(4096);
        }
        for (Path file : new Path[] {empty, garbage, stub}) {
            assertThatThrownBy(() -> warehouseFile(file).ensureReady())
                    .as(file.toString())
                    .isInstanceOf(WarehouseUnavailableException.class)
                    .hasMessageContaining("is damaged: it ")
                    .hasMessageContaining("Run './tm load")
                    .hasMessageNotContaining("disk")
                    .hasMessageNotContaining("Move it aside");
            // what the message says works: load replaces the damaged file
            assertThat(warehouseFile(file).replaceable(file)).isPresent();
            WarehouseBuilderTest.builder(Path.of("sample-data")).buildAndSwap(file);
            assertThat(new WarehouseVerifier().verify(file).method()).isEqualTo("checksum");
        }
    }

    @Test
    void health_is_down_when_the_file_changes_under_the_server_or_a_query_fails_on_damaged_storage() throws Exception {
        Path file = copy("served", true);
        WarehouseVerifier verifier = new WarehouseVerifier();
        verifier.verify(file);
        QueryFailures failures = new QueryFailures();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(WarehouseProperties.jdbcUrl(file));
        config.setExceptionOverride(failures);
        config.setMaximumPoolSize(2);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            var health = new WarehouseHealthIndicator(JdbcClient.create(pool), verifier, failures);
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(health.health().getDetails()).containsEntry("municipalities", 356L).doesNotContainKey("file");

            // disk damage that keeps the file's size and time: only the failing queries tell
            FileTime time = Files.getLastModifiedTime(file);
            randomBytes(file, 2L << 20, 12 << 20);
            Files.setLastModifiedTime(file, time);
            int failed = 0;
            for (String view : new String[] {"public_municipality", "public_fact", "public_programme", "public_survey",
                    "public_programme_municipality", "v_ind_observation", "check_centrality_table1"}) {
                try (var c = pool.getConnection(); var st = c.createStatement(); var rs = st.executeQuery("SELECT * FROM " + view)) {
                    while (rs.next()) {
                        // read it all, as a page does
                    }
                } catch (java.sql.SQLException e) {
                    failed++; // the page fails; the health check must say so
                }
            }
            assertThat(failed).as("queries failing on the damaged file").isPositive();
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(String.valueOf(health.health().getDetails().get("problem"))).startsWith("a query failed on the database file");
        }

        // a file changed after it was verified (a new time): DOWN without any query failing
        Path other = copy("changed", true);
        WarehouseVerifier second = new WarehouseVerifier();
        second.verify(other);
        randomBytes(other, 1L << 20, 16);
        Files.setLastModifiedTime(other, FileTime.fromMillis(Files.getLastModifiedTime(other).toMillis() + 5_000));
        assertThat(second.recheck()).hasValueSatisfying(p -> assertThat(p).contains("does not match its checksum"));
    }
}
