package no.traineemonitor.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The DuckDB file on disk: makes sure it exists, is usable and holds the current sample data before the
 * connection pool opens. Builds it on first start; rebuilds it when the sample data or schema changed.
 */
@Component
public class WarehouseFile {

    private static final Logger log = LoggerFactory.getLogger(WarehouseFile.class);

    private final WarehouseProperties properties;
    private final WarehouseBuilder builder;

    WarehouseFile(WarehouseProperties properties, WarehouseBuilder builder) {
        this.properties = properties;
        this.builder = builder;
    }

    /** Ensures the database file is ready to serve; returns the data version it holds. */
    public String ensureReady() {
        Path file = properties.database();
        String expected = builder.dataVersion();
        if (!Files.exists(file)) {
            log.info("No database at {}: creating it from {}", file.toAbsolutePath(), properties.sampleData().toAbsolutePath());
            builder.buildAndSwap(file);
            return expected;
        }
        Optional<String> current = readDataVersion(file);
        if (current.isPresent() && current.get().equals(expected)) {
            log.info("Using database {} (data version {})", file.toAbsolutePath(), expected);
            return expected;
        }
        // Until programme submissions exist the file holds nothing that is not in sample-data/, so a rebuild loses nothing.
        log.info("Database {} holds data version {}, sample data is {}: rebuilding", file.toAbsolutePath(),
                current.orElse("(none)"), expected);
        builder.buildAndSwap(file);
        return expected;
    }

    /** The data version recorded in the file, or empty if the file predates it. Fails clearly if locked or corrupt. */
    Optional<String> readDataVersion(Path file) {
        // each result is closed before the next query: results are streamed, and DuckDB runs one at a time per connection
        try (Connection c = open(file); var st = c.createStatement()) {
            try (var tables = st.executeQuery("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'warehouse_build'")) {
                tables.next();
                if (tables.getInt(1) == 0) {
                    return Optional.empty();
                }
            }
            try (var rs = st.executeQuery("SELECT data_version FROM warehouse_build LIMIT 1")) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw explain(file, e);
        }
    }

    /** Opens a plain connection to the file, translating lock and corruption errors into a clear message. */
    static Connection open(Path file) throws SQLException {
        return DriverManager.getConnection(WarehouseProperties.jdbcUrl(file));
    }

    /** Fails with a clear message if another process holds the file. */
    void requireNotLocked(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try (Connection ignored = open(file)) {
            // opened and closed: nobody else holds it
        } catch (SQLException e) {
            throw explain(file, e);
        }
    }

    static WarehouseUnavailableException explain(Path file, SQLException e) {
        String msg = String.valueOf(e.getMessage());
        Path abs = file.toAbsolutePath();
        if (msg.contains("lock")) {
            return new WarehouseUnavailableException(
                    "The database file " + abs + " is in use by another process (DuckDB allows one writer).",
                    "Stop the other Traineemonitor (or DuckDB client) that has it open, or set --traineemonitor.database=OTHER_FILE.", e);
        }
        if (msg.contains("not a valid DuckDB database") || msg.contains("Corrupt") || msg.contains("corrupt")
                || msg.contains("Serialization") || msg.contains("checksum")) {
            return new WarehouseUnavailableException(
                    "The database file " + abs + " is not a readable DuckDB database (" + firstLine(msg) + ").",
                    "Move it aside and start again: a new database is built from sample-data/ (or run './tm load').", e);
        }
        return new WarehouseUnavailableException("Cannot open the database file " + abs + ": " + firstLine(msg),
                "Check that the folder is writable and the disk not full.", e);
    }

    static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", p, e.getMessage());
        }
    }
}
