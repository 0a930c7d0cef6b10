package no.traineemonitor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import no.traineemonitor.base.sql.SqlFiles;
import org.springframework.core.io.ClassPathResource;

/**
 * A scratch warehouse for the benchmark: the real sample data loaded by the app's own {@code load} command, then the
 * synthetic programmes and facts of {@link SyntheticData} appended in place, and the load's materialise step
 * ({@code sql/load/40_materialise.sql}) run again, as it will be when a confirmed yearly return updates the warehouse.
 * The file keeps the data version of the real sample data, so the commands open it without reading gigabytes of CSV to
 * check it.
 */
final class ScratchWarehouse {

    private ScratchWarehouse() {
    }

    /** Appends the synthetic files to a warehouse built from the real sample data; returns the seconds it took. */
    static double append(Path database, SyntheticData.Summary data) throws SQLException, IOException {
        SyntheticData.refuseRealFolders(database);
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath()); Statement st = c.createStatement()) {
            st.execute("INSERT INTO source_document VALUES ('" + SyntheticData.SOURCE_FILE
                    + "', 'Syntetiske årsrapporter (ytelsestest)', 'Traineemonitor', 2024)");
            st.execute("INSERT INTO programme SELECT programme_id, name, type, status, NULLIF(county_number_2020, ''), "
                    + "NULLIF(county_number_2024, ''), NULLIF(host, ''), CAST(NULLIF(founded_year, '') AS INTEGER), "
                    + "CAST(NULLIF(length_months, '') AS INTEGER), NULLIF(placement_model, ''), NULLIF(min_education, ''), "
                    + "source_file, source_section, source_quote, NULLIF(note, '') FROM " + csv(data.programmesFile()));
            st.execute("INSERT INTO programme_municipality SELECT programme_id, kommunenummer, basis, source_file, "
                    + "source_section, source_quote, NULLIF(note, '') FROM " + csv(data.municipalitiesFile()));
            // as sql/load/30_facts.sql: sorted by (metric, period, programme)
            st.execute("INSERT INTO fact_observation (fact_id, programme_id, region_type, region_code, metric, category, "
                    + "period_start, period_end, value, unit, scope, horizon, qualifier, source_file, source_section, "
                    + "source_quote, conflict_note, note, submission_id, period_kind, figure_kind, statement_programmes) "
                    + "SELECT fact_id, NULLIF(programme_id, ''), NULLIF(region_type, ''), NULLIF(region_code, ''), metric, "
                    + "NULLIF(category, ''), CAST(NULLIF(period_start, '') AS INTEGER), CAST(NULLIF(period_end, '') AS INTEGER), "
                    + "CAST(value AS DOUBLE), unit, NULLIF(scope, ''), NULLIF(horizon, ''), qualifier, source_file, "
                    + "source_section, source_quote, NULLIF(conflict_note, ''), NULLIF(note, ''), "
                    + "(SELECT max(submission_id) FROM submission), period_kind, figure_kind, "
                    + "NULLIF(trim(statement_programmes), '') FROM " + csv(data.factsFile())
                    + " ORDER BY metric, period_end, programme_id, fact_id");
            materialise(st);
            st.execute("CHECKPOINT");
        }
        recordChecksum(database);
        return (System.nanoTime() - start) / 1e9;
    }

    /** Runs the load's materialise step (every table computed once per data version); returns the seconds it took. */
    static double materialise(Statement st) throws IOException, SQLException {
        long start = System.nanoTime();
        String sql = new ClassPathResource("sql/load/40_materialise.sql").getContentAsString(StandardCharsets.UTF_8);
        for (String statement : SqlFiles.statements(sql)) {
            st.execute(statement);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Records the changed file's SHA-256 beside it, as {@code load} does ({@code FILE.sha256}, the format of
     * {@code sha256sum}): the server and the commands refuse a file that differs from its recorded checksum.
     */
    static void recordChecksum(Path database) throws IOException {
        try (var in = Files.newInputStream(database)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            Files.writeString(database.resolveSibling(database.getFileName() + ".sha256"),
                    HexFormat.of().formatHex(sha.digest()) + "  " + database.getFileName() + "\n", StandardCharsets.UTF_8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code ScratchWarehouse DATABASE GENERATED_FOLDER}: appends a generated folder (bench/scale.sh). */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[1]);
        var summary = new SyntheticData.Summary(folder, 0, 0, 0, 0);
        double seconds = append(Path.of(args[0]), summary);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + Path.of(args[0]).toAbsolutePath());
             Statement st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM fact_observation")) {
            rs.next();
            System.out.printf(java.util.Locale.ROOT, "appended: facts=%d seconds=%.1f%n", rs.getLong(1), seconds);
        }
    }

    private static String csv(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No such file: " + file);
        }
        return "read_csv('" + file.toAbsolutePath().toString().replace("'", "''") + "', header = true, all_varchar = true, "
                + "delim = ',', quote = '\"', escape = '\"')";
    }
}
