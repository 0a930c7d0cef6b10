package no.traineemonitor.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import no.traineemonitor.base.sql.SqlFiles;
import no.traineemonitor.indicator.IndicatorFilter;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.indicator.IndicatorsCommand;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the warehouse as Parquet with DuckDB's own writer ({@code COPY … (FORMAT parquet)}): every {@code public_*}
 * view, the reference data, the indicator catalogue and observations, the source documents, and the indicator results
 * as the engine computes them (small numbers withheld as the public sees them). Each file is read back and counted
 * before the manifest ({@value #MANIFEST}) records its rows, columns, size and SHA-256, with the data version and the
 * reference data's fingerprint.
 */
@Service
public class ParquetExport {

    static final String MANIFEST = "manifest.json";
    static final String FORMAT = "traineemonitor-parquet/1";
    /** The reference data that does not change with a version; the version in use adds its population and commuting. */
    static final String REFERENCE = "SSB: kommuner 2020 (356), sentralitetsindeks 2024 brukt på kommunene fra 2020,"
            + " BA-regioner 2020";
    static final String LICENCE = "Reference data: SSB open data, NLOD / CC BY 4.0 (credit Statistics Norway);"
            + " municipality borders Kartverket, CC BY 4.0. Facts: the source documents named in source_document.";

    private final JdbcClient jdbc;
    private final SqlFiles sql;
    private final IndicatorService indicators;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.SNAKE_CASE).build();

    ParquetExport(JdbcClient jdbc, SqlFiles sql, IndicatorService indicators, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.indicators = indicators;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** One table written: its file, how many rows and columns, the file's size and SHA-256. */
    public record Table(String name, String file, long rows, List<String> columns, long bytes, String sha256) {
    }

    /** What was written, as the manifest says it. */
    public record Manifest(String format, String createdAt, String dataVersion, String reference,
                           String referenceChecksum, String licence, List<Table> tables) {

        public long rows() {
            return tables.stream().mapToLong(Table::rows).sum();
        }
    }

    /** The tables and views written, in order (indicator_result, computed by the engine, comes last). */
    public List<String> tables() {
        return jdbc.sql(sql.get("query/opendata/parquet_tables.sql")).query(String.class).list();
    }

    /** Writes every table into {@code folder} (which exists and is empty) and the manifest beside them. */
    public Manifest write(Path folder) throws IOException {
        List<Table> written = new ArrayList<>();
        for (String table : tables()) {
            Path file = folder.resolve(table + ".parquet");
            jdbc.sql("COPY (SELECT * FROM " + table + ") TO " + literal(file) + " (FORMAT parquet, COMPRESSION zstd)")
                    .update();
            written.add(describe(table, file));
        }
        written.add(writeIndicatorResults(folder.resolve("indicator_result.parquet")));
        Manifest manifest = new Manifest(FORMAT, Instant.now(clock).toString(),
                jdbc.sql("SELECT data_version FROM warehouse_build").query(String.class).single(), reference(),
                referenceChecksum(), LICENCE, written);
        json.writeValue(folder.resolve(MANIFEST).toFile(), manifest);
        return manifest;
    }

    /** The indicator results through an in-memory DuckDB: typed columns, the same values as {@code indicators}. */
    private Table writeIndicatorResults(Path file) throws IOException {
        List<IndicatorResult> results = indicators.results(IndicatorFilter.none());
        List<String> columns = IndicatorsCommand.COLUMNS;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            try (var st = c.createStatement()) {
                st.execute("CREATE TABLE raw (" + columns.stream().map(n -> n + " VARCHAR").collect(Collectors.joining(", "))
                        + ")");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO raw VALUES ("
                    + columns.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")")) {
                for (IndicatorResult r : results) {
                    List<String> row = IndicatorsCommand.row(r);
                    for (int i = 0; i < row.size(); i++) {
                        insert.setString(i + 1, row.get(i).isEmpty() ? null : row.get(i));
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (var st = c.createStatement()) {
                st.execute("COPY (SELECT " + columns.stream().map(ParquetExport::typed).collect(Collectors.joining(", "))
                        + " FROM raw) TO " + literal(file) + " (FORMAT parquet, COMPRESSION zstd)");
            }
        } catch (SQLException e) {
            throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        return describe("indicator_result", file);
    }

    /** The typed column of the indicator results (the CSV's texts, cast back). */
    private static String typed(String column) {
        return switch (column) {
            case "period_start", "period_end", "peers" -> "CAST(" + column + " AS INTEGER) AS " + column;
            case "value", "numerator", "denominator", "n", "ci_low", "ci_high" -> "CAST(" + column + " AS DOUBLE) AS " + column;
            case "suppressed", "conflicting" -> "CAST(" + column + " AS BOOLEAN) AS " + column;
            default -> column;
        };
    }

    /** Reads a written file back with DuckDB: its rows and columns; and its size and SHA-256. */
    private Table describe(String table, Path file) throws IOException {
        long rows = jdbc.sql("SELECT count(*) FROM read_parquet(" + literal(file) + ")").query(Long.class).single();
        List<String> columns = jdbc.sql("DESCRIBE SELECT * FROM read_parquet(" + literal(file) + ")")
                .query((rs, i) -> rs.getString("column_name")).list();
        return new Table(table, file.getFileName().toString(), rows, columns, Files.size(file), sha256(file));
    }

    /** The reference data in words, with the version in use (its title, number, the date of its population and the
     * years of its commuting and employment figures). */
    private String reference() {
        return REFERENCE + "; " + jdbc.sql("SELECT title_nb || ' (referanseversjon ' || version_id || ', folkemengde per '"
                + " || strftime(figures_date, '%d.%m.%Y') || ' (tabell 07459), pendling 4. kvartal ' || commuting_year"
                + " || ' (tabell 03321), sysselsatte 4. kvartal ' || employment_year || ' (tabell 11618))'"
                + " FROM ref_current_version").query(String.class).single();
    }

    private String referenceChecksum() {
        List<String> refs = tables().stream().filter(t -> t.startsWith("ref_")).toList();
        String parts = refs.stream().map(t -> "SELECT '" + t + "', md5(coalesce(string_agg(CAST(x AS VARCHAR), '|' ORDER BY"
                + " CAST(x AS VARCHAR)), '')) FROM " + t + " x").collect(Collectors.joining(" UNION ALL "));
        return jdbc.sql(sql.get("query/opendata/reference_checksum.sql").replace(":tables", parts)).query(String.class).single();
    }

    /** A file name as an SQL string literal. */
    static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The manifest of an export folder, as written. */
    public Manifest read(Path folder) {
        try {
            return json.readValue(folder.resolve(MANIFEST).toFile(), Manifest.class);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("Cannot read " + folder.resolve(MANIFEST) + ": " + e.getMessage()));
        }
    }
}
