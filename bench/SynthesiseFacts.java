import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * Benchmark helper (never for real data): repeats every fact of a SCRATCH warehouse with new ids until it holds at least
 * the wanted number of facts. Each copy is a fact about its own synthetic region (region_type municipality, region_code
 * SYN<k>), so indicator observations grow with the copies instead of pairing every copy with every other.
 * Usage: java -cp duckdb_jdbc.jar bench/SynthesiseFacts.java SCRATCH.duckdb 1000000
 */
public class SynthesiseFacts {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long wanted = Long.parseLong(args[1]);
        if (file.toAbsolutePath().toString().contains("/sample-data/") || file.endsWith("data/traineemonitor.duckdb")) {
            throw new IllegalArgumentException("Refusing to synthesise facts into " + file + ": use a scratch copy");
        }
        try (var c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath()); var st = c.createStatement()) {
            long facts;
            try (var rs = st.executeQuery("SELECT count(*) FROM fact_observation")) {
                rs.next();
                facts = rs.getLong(1);
            }
            long copies = (wanted - facts + facts - 1) / facts;
            // sorted by (metric, year, subject) as the warehouse loads facts (STACK.md: sorted facts query faster)
            st.execute("INSERT INTO fact_observation "
                    + "SELECT 'syn' || lpad(CAST(k AS VARCHAR), 6, '0') || '-' || fact_id, NULL, 'municipality', 'SYN' || k, "
                    + "metric, category, period_start, period_end, value, unit, scope, horizon, qualifier, source_file, "
                    + "source_section, source_quote, conflict_note, note, submission_id "
                    + "FROM fact_observation, range(1, " + (copies + 1) + ") t(k) ORDER BY metric, period_end, k");
            // indicator values are stored at load (sql/load/40_materialise.sql): recompute them for the new facts
            st.execute("DELETE FROM programme_context");
            st.execute("INSERT INTO programme_context SELECT * FROM v_programme_context");
            st.execute("CREATE OR REPLACE TABLE ind_observation AS SELECT * FROM v_ind_observation "
                    + "ORDER BY indicator_id, subject_type, subject_id, period_end");
            st.execute("CHECKPOINT");
            try (var rs = st.executeQuery("SELECT count(*) FROM fact_observation")) {
                rs.next();
                System.out.println("facts: " + facts + " -> " + rs.getLong(1) + " (" + copies + " synthetic copies)");
            }
        }
    }
}
