package no.traineemonitor.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;
import no.traineemonitor.base.Leftovers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The DuckDB file on disk: makes sure it exists, is usable and holds the current sample data before the
 * connection pool opens. Builds it on first start; rebuilds it when the sample data or schema changed.
 */
@Component
public class WarehouseFile {

    private static final Logger log = LoggerFactory.getLogger(WarehouseFile.class);
    private static final String DEFAULT_DATABASE = "data/traineemonitor.duckdb";
    /** A snapshot folder in the temporary folder, named with the id of the process that took it. */
    static final Pattern SNAPSHOT_DIR = Pattern.compile("traineemonitor-snapshot-([0-9]+)-[0-9]+");

    private final WarehouseProperties properties;
    private final WarehouseBuilder builder;
    private final WarehouseVerifier verifier;

    @Autowired
    WarehouseFile(WarehouseProperties properties, WarehouseBuilder builder, WarehouseVerifier verifier) {
        this.properties = properties;
        this.builder = builder;
        this.verifier = verifier;
    }

    WarehouseFile(WarehouseProperties properties, WarehouseBuilder builder) {
        this(properties, builder, new WarehouseVerifier());
    }

    /**
     * Ensures the database file is ready to serve; returns the data version it holds. Removes what killed processes
     * left beside it, and verifies the file before anything reads it: a damaged file stops the start with what to do.
     */
    public String ensureReady() {
        Path file = properties.database();
        String expected = builder.dataVersion();
        if (Files.exists(file.toAbsolutePath().getParent())) {
            WarehouseBuilder.removeLeftovers(file);
        }
        Leftovers.remove(Path.of(System.getProperty("java.io.tmpdir")), SNAPSHOT_DIR); // of commands that were killed
        if (!Files.exists(file)) {
            log.info("No database at {}: creating it from {}", file.toAbsolutePath(), properties.sampleData().toAbsolutePath());
            builder.buildAndSwap(file);
            verifier.verify(file);
            return expected;
        }
        WarehouseVerifier.Verified verified = verifier.verify(file);
        log.info("Verified {} ({})", file.toAbsolutePath(), verified.method());
        Optional<String> current = readDataVersion(file);
        if (current.isPresent() && current.get().equals(expected)) {
            log.info("Using database {} (data version {})", file.toAbsolutePath(), expected);
            return expected;
        }
        // Until programme submissions exist the file holds nothing that is not in sample-data/, so a rebuild loses nothing.
        log.info("Database {} holds data version {}, sample data is {}: rebuilding", file.toAbsolutePath(),
                current.orElse("(none)"), expected);
        builder.buildAndSwap(file);
        verifier.verify(file);
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

    /**
     * Before {@code load} replaces the file: fails with a clear message if another process holds it; returns why the
     * file is damaged if it is (a damaged file is what {@code load} is for, so it does not stop it).
     */
    public Optional<String> replaceable(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (Connection ignored = open(file)) {
            // opened and closed: nobody else holds it
        } catch (SQLException e) {
            if (!isDamage(String.valueOf(e.getMessage()))) {
                throw explain(file, e);
            }
            return Optional.of(damageReason(String.valueOf(e.getMessage())));
        }
        try {
            verifier.verify(file);
            return Optional.empty();
        } catch (WarehouseUnavailableException e) {
            String problem = e.problem();
            int at = problem.indexOf(" is damaged: ");
            return Optional.of(at < 0 ? problem : problem.substring(at + " is damaged: ".length()));
        }
    }

    static WarehouseUnavailableException explain(Path file, SQLException e) {
        String msg = String.valueOf(e.getMessage());
        Path abs = file.toAbsolutePath();
        if (msg.contains("Could not set lock") || msg.contains("Conflicting lock")) {
            return new WarehouseUnavailableException(
                    "The database file " + abs + " is in use by another process (DuckDB allows one writer).",
                    "Stop the other Traineemonitor (or DuckDB client) that has it open, or set --traineemonitor.database=OTHER_FILE.", e);
        }
        if (isDamage(msg)) {
            return damaged(file, damageReason(msg), e);
        }
        String hint = msg.contains("No space left") ? "Free some disk space and try again."
                : "Check that the file and its folder can be read and written by this user.";
        return new WarehouseUnavailableException("Cannot open the database file " + abs + ": " + firstLine(msg), hint, e);
    }

    /** Why DuckDB cannot read a damaged file, in words. */
    private static String damageReason(String msg) {
        return msg.contains("not a valid DuckDB database") ? "it is not a DuckDB database file"
                : msg.contains("Could not read enough bytes") ? "it ends early (" + firstLine(msg) + ")"
                : firstLine(msg);
    }

    /** Errors DuckDB gives for a file that is not (or no longer) a complete database. */
    static boolean isDamage(String msg) {
        return msg.contains("not a valid DuckDB database") || msg.contains("Could not read enough bytes")
                || msg.contains("Corrupt") || msg.contains("corrupt") || msg.contains("Serialization")
                || msg.contains("checksum") || msg.contains("Invalid result set");
    }

    /** A damaged file: one message saying what works, which is {@code load} (it replaces a damaged file). */
    static WarehouseUnavailableException damaged(Path file, String reason, Throwable cause) {
        String command = "./tm load" + (file.equals(Path.of(DEFAULT_DATABASE)) ? "" : " --traineemonitor.database=" + file);
        return new WarehouseUnavailableException("The database file " + file.toAbsolutePath() + " is damaged: " + reason + ".",
                "Run '" + command + "' to replace it with a new database built from sample-data/ (nothing is lost: the"
                        + " file holds only what sample-data/ holds), then start again.", cause);
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
