package no.traineemonitor.warehouse.ingest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.traineemonitor.base.sql.SqlFiles;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.stereotype.Component;

/**
 * Loads sample-data/ into an empty, migrated warehouse, all or nothing, in two steps: {@link #validate} reads and checks
 * every file (every rule is in {@link SampleDataSpecs}) and reports every problem as file:line:column before any
 * database is touched; {@link #load} copies the validated rows into all-text staging tables and then, by the SQL in
 * {@code sql/load/}, into the typed tables. DuckDB never parses a sample-data file: the rows come from the validator.
 */
@Component
public class SampleDataLoader {

    static final String MATERIALISE_STEP = "load/40_materialise.sql";
    static final List<String> LOAD_STEPS = List.of("load/10_reference.sql", "load/20_programmes.sql", "load/30_facts.sql",
            "load/32_planner_presets.sql", "load/35_returns.sql", MATERIALISE_STEP, "load/50_vocabulary.sql");
    /** The steps that put the yearly returns in and recompute what depends on them (a return confirmed live). */
    public static final List<String> RETURN_STEPS = List.of("load/35_returns.sql", MATERIALISE_STEP);
    static final List<String> COUNTED_TABLES = List.of("ref_municipality", "ref_county_2020", "ref_county_2024",
            "ref_ba_region", "ref_commuting_flow", "programme", "programme_municipality", "fact_observation",
            "survey_observation");

    private final SqlFiles sqlFiles;

    public SampleDataLoader(SqlFiles sqlFiles) {
        this.sqlFiles = sqlFiles;
    }

    /**
     * Reads and checks the sample data; throws {@link LoadRejectedException} with every problem. The source quotes are
     * checked against the documents in {@code seeds}; when that folder does not exist the rule is skipped with a warning.
     */
    public ValidatedSampleData validate(Path sampleData, Path seeds) {
        return new SampleDataValidator(sampleData, seeds).run();
    }

    /**
     * Loads validated sample data on the given connection, a file being built (a failed build is deleted, never served).
     * The loaded rows are committed before the materialise step: DuckDB computes the stored indicator values from
     * uncommitted rows far more slowly (26.5 s against 1.8 s for the indicator table at 100 000 synthetic facts,
     * bench/scale.sh). The caller commits the rest.
     */
    public LoadReport load(Connection connection, ValidatedSampleData data) throws SQLException {
        return load(connection, data, List.of());
    }

    /** Loads validated sample data and the yearly returns of the record on the given connection, as {@link #load}. */
    public LoadReport load(Connection connection, ValidatedSampleData data, List<ReturnRow> returns) throws SQLException {
        Map<String, Long> steps = new LinkedHashMap<>();
        try (Statement st = connection.createStatement()) {
            long start = System.nanoTime();
            for (var entry : data.rows().entrySet()) {
                stage(connection, st, entry.getKey(), entry.getValue());
            }
            stageReturns(connection, st, returns);
            steps.put("stage", millisSince(start));
            st.execute("INSERT INTO submission VALUES (1, 'sample_data', 'system', current_timestamp, "
                    + quote("sample-data/ loaded at first start or by the load command") + ", "
                    + quote(data.contentHash()) + ", " + data.rowCount() + ")");
            for (String step : LOAD_STEPS) {
                long stepStart = System.nanoTime();
                if (step.equals(MATERIALISE_STEP) && !connection.getAutoCommit()) {
                    connection.commit();
                }
                for (String sql : SqlFiles.statements(sqlFiles.get(step))) {
                    st.execute(sql);
                }
                steps.put(step.substring(step.indexOf('_') + 1, step.lastIndexOf('.')).replace('_', ' '), millisSince(stepStart));
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : COUNTED_TABLES) {
                try (var rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            for (CsvSpec spec : data.rows().keySet()) {
                st.execute("DROP TABLE " + spec.stageTable());
            }
            st.execute("DROP TABLE stg_returns");
            return new LoadReport(counts, 0, steps, data.warnings());
        }
    }

    /** Computes again what the load stores from the views (programme context, indicator observations), in the caller's transaction. */
    public void materialise(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String sql : SqlFiles.statements(sqlFiles.get("load/40_materialise.sql"))) {
                st.execute(sql);
            }
        }
    }

    /**
     * Replaces the yearly returns in a loaded warehouse (a return confirmed or withdrawn while the server runs): the
     * facts, documents, submissions and coverage of the old returns go, the new ones come in, and everything computed at
     * load is computed again, in the caller's transaction.
     */
    public void replaceReturns(Connection connection, List<ReturnRow> returns) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DELETE FROM fact_observation WHERE submission_id IN"
                    + " (SELECT submission_id FROM submission WHERE kind = 'programme_return')");
            st.execute("DELETE FROM programme_municipality WHERE source_file LIKE 'return-%'");
            st.execute("DELETE FROM source_document WHERE source_file LIKE 'return-%'");
            // submission rows stay (a withdrawn return was still submitted); deleting rows that facts refer to would
            // also trip DuckDB over fact_observation's renamed foreign key (V005)
            stageReturns(connection, st, returns);
            for (String step : RETURN_STEPS) {
                for (String sql : SqlFiles.statements(sqlFiles.get(step))) {
                    st.execute(sql);
                }
            }
            st.execute("DROP TABLE stg_returns");
        }
    }

    private static void stageReturns(Connection connection, Statement st, List<ReturnRow> returns) throws SQLException {
        st.execute("CREATE TEMP TABLE stg_returns (return_id BIGINT, programme_id VARCHAR, year INTEGER, version INTEGER,"
                + " submitted_by VARCHAR, submitted_at VARCHAR, file_sha256 VARCHAR, file_name VARCHAR, metric_id VARCHAR,"
                + " number BIGINT, text VARCHAR, comment VARCHAR)");
        try (var insert = connection.prepareStatement("INSERT INTO stg_returns VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ReturnRow r : returns) {
                insert.setLong(1, r.returnId());
                insert.setString(2, r.programmeId());
                insert.setInt(3, r.year());
                insert.setInt(4, r.version());
                insert.setString(5, r.submittedBy());
                insert.setString(6, r.submittedAt());
                insert.setString(7, r.fileSha256());
                insert.setString(8, r.fileName());
                insert.setString(9, r.metricId());
                insert.setObject(10, r.number());
                insert.setString(11, r.text());
                insert.setString(12, r.comment());
                insert.addBatch();
            }
            if (!returns.isEmpty()) {
                insert.executeBatch();
            }
        }
    }

    /** Copies the validated rows of one spec into an all-text staging table. */
    private static void stage(Connection connection, Statement st, CsvSpec spec, List<List<String>> rows) throws SQLException {
        st.execute("CREATE TEMP TABLE " + spec.stageTable() + " ("
                + spec.columns().stream().map(c -> quoteName(c.name()) + " VARCHAR").collect(Collectors.joining(", ")) + ")");
        try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", spec.stageTable())) {
            for (List<String> row : rows) {
                appender.beginRow();
                for (String value : row) {
                    appender.append(value);
                }
                appender.endRow();
            }
        }
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static String quoteName(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
