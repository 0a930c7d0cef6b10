package no.traineemonitor.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import no.traineemonitor.cli.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code export parquet} writes what the warehouse holds, and DuckDB reads it back equal: every table's rows and the sum
 * of every numeric column, the manifest's checksums, the indicator results as {@code indicators} writes them; the
 * warehouse file is not touched, and a folder that is not empty is refused with nothing written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParquetExportTest {

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ALWAYS)
    static Path root;
    Path db;
    Path out;
    CliRun export;
    String before;

    private String dbArg() {
        return "--traineemonitor.database=" + db;
    }

    private String recordArg() {
        return "--traineemonitor.record=" + root.resolve("record");
    }

    @BeforeAll
    void exportOnce() {
        db = root.resolve("db/traineemonitor.duckdb");
        assertThat(CliRun.run("load", dbArg(), recordArg()).exitCode()).isZero();
        before = CliRun.fingerprint(db);
        out = root.resolve("parquet");
        export = CliRun.run("export", "parquet", "--out=" + out, dbArg(), recordArg());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> tables() throws Exception {
        Map<String, Object> manifest = JsonMapper.builder().build().readValue(out.resolve("manifest.json").toFile(),
                new TypeReference<Map<String, Object>>() { });
        assertThat(manifest.get("format")).isEqualTo("traineemonitor-parquet/1");
        assertThat((String) manifest.get("data_version")).matches("[0-9a-f]{12}");
        assertThat((String) manifest.get("licence")).contains("NLOD / CC BY 4.0");
        return (List<Map<String, Object>>) manifest.get("tables");
    }

    private static double number(Statement st, String query) throws Exception {
        try (ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    @Test
    void every_table_reads_back_with_the_same_rows_and_sums_and_the_warehouse_is_untouched() throws Exception {
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("public_fact.parquet", "Wrote 29 tables", "ref_version.parquet", "ref_population_version.parquet",
                "ref_commuting_flow_version.parquet", "ref_employment_version.parquet");
        assertThat(CliRun.fingerprint(db)).isEqualTo(before);
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        List<Map<String, Object>> tables = tables();
        assertThat(tables).extracting(t -> t.get("name")).contains("public_fact", "public_programme", "public_survey",
                "ref_municipality", "ref_population", "indicator_definition", "indicator_result");
        // from the sources: 734 facts quoted in sample-data/facts, the 356 municipalities of 2020
        assertThat(tables).filteredOn(t -> t.get("name").equals("public_fact")).singleElement()
                .satisfies(t -> assertThat(((Number) t.get("rows")).longValue()).isEqualTo(734));
        assertThat(tables).filteredOn(t -> t.get("name").equals("public_municipality")).singleElement()
                .satisfies(t -> assertThat(((Number) t.get("rows")).longValue()).isEqualTo(356));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db, readOnly); Statement st = c.createStatement()) {
            for (Map<String, Object> t : tables) {
                String name = (String) t.get("name");
                Path file = out.resolve((String) t.get("file"));
                assertThat(ParquetExport.sha256(file)).as(name).isEqualTo(t.get("sha256"));
                String parquet = "read_parquet(" + ParquetExport.literal(file) + ")";
                long rows = (long) number(st, "SELECT count(*) FROM " + parquet);
                assertThat(rows).as(name).isEqualTo(((Number) t.get("rows")).longValue());
                if (name.equals("indicator_result")) {
                    continue; // computed by the engine, not a table: compared with the indicators command below
                }
                assertThat(rows).as(name + " rows").isEqualTo((long) number(st, "SELECT count(*) FROM " + name));
                List<String> numeric = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + name)) {
                    while (rs.next()) {
                        if (rs.getString("column_type").matches("(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|DOUBLE|FLOAT|DECIMAL.*)")) {
                            numeric.add(rs.getString("column_name"));
                        }
                    }
                }
                for (String col : numeric) {
                    assertThat(number(st, "SELECT coalesce(sum(" + col + "), 0) FROM " + parquet)).as(name + "." + col)
                            .isCloseTo(number(st, "SELECT coalesce(sum(" + col + "), 0) FROM " + name), within(1e-6));
                }
            }
        }
    }

    @Test
    void the_indicator_results_are_those_the_indicators_command_writes() throws Exception {
        Path csv = root.resolve("indicators.csv");
        assertThat(CliRun.run("indicators", "--out=" + csv, dbArg(), recordArg()).exitCode()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            String parquet = "read_parquet(" + ParquetExport.literal(out.resolve("indicator_result.parquet")) + ")";
            String written = "read_csv(" + ParquetExport.literal(csv) + ", header = true)";
            long rows = (long) number(st, "SELECT count(*) FROM " + written);
            double sum = number(st, "SELECT coalesce(sum(numerator), 0) FROM " + written);
            assertThat(rows).isPositive();
            assertThat((long) number(st, "SELECT count(*) FROM " + parquet)).isEqualTo(rows);
            assertThat(number(st, "SELECT coalesce(sum(numerator), 0) FROM " + parquet)).isCloseTo(sum, within(1e-6));
            assertThat(number(st, "SELECT count(*) FROM " + parquet + " WHERE typeof(value) = 'DOUBLE'")).isEqualTo(rows);
        }
    }

    @Test
    void a_folder_that_is_not_empty_is_refused_and_nothing_is_written() throws Exception {
        Path full = root.resolve("full");
        Files.createDirectories(full);
        Files.writeString(full.resolve("old.parquet"), "older export");
        CliRun refused = CliRun.run("export", "parquet", "--out=" + full, dbArg(), recordArg());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("Cannot write " + full + ": the folder is not empty");
        try (var files = Files.list(full)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("old.parquet");
        }
        try (var files = Files.list(root)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".parquet-export-"));
        }
    }
}
