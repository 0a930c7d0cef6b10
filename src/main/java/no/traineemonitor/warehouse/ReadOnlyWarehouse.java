package no.traineemonitor.warehouse;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * How a command opens the database: read-only, and never building or rebuilding it (only {@code load} and the server's
 * start do). A missing file, or one built from other sample data or another schema, is refused with what to do. While
 * a server holds the file, the command reads a {@link WarehouseSnapshot read-only copy} of it instead.
 */
final class ReadOnlyWarehouse {

    private final WarehouseProperties properties;
    private final WarehouseBuilder builder;

    ReadOnlyWarehouse(WarehouseProperties properties, WarehouseBuilder builder) {
        this.properties = properties;
        this.builder = builder;
    }

    /** A read-only connection pool configured by {@code config} on the database file, or on a copy of it. */
    DataSource open(HikariConfig config) {
        WarehouseSnapshot.removeStale();
        Path file = properties.database();
        if (!Files.isRegularFile(file)) {
            throw new WarehouseUnavailableException("There is no database at " + file.toAbsolutePath() + ".",
                    "Build it with './tm load' (or start the server, which builds it). Commands only read the database.");
        }
        if (!Files.isDirectory(properties.sampleData())) {
            throw new WarehouseUnavailableException("The sample data folder " + properties.sampleData().toAbsolutePath()
                    + " does not exist, so whether " + file.toAbsolutePath() + " is up to date cannot be checked.",
                    "Run the command from the repository root, or set --traineemonitor.sample-data=FOLDER.");
        }
        String expected = builder.dataVersion();
        String version;
        try {
            version = dataVersion(file);
        } catch (SQLException e) {
            if (!String.valueOf(e.getMessage()).contains("lock")) {
                throw WarehouseFile.explain(file, e);
            }
            return openSnapshot(file, expected, config);
        }
        if (!version.equals(expected)) {
            throw new WarehouseUnavailableException("The database " + file.toAbsolutePath() + " holds data version " + version
                    + ", but the sample data and schema are now version " + expected + ".",
                    "Rebuild it with './tm load' (or start the server, which rebuilds it). Commands only read the database.");
        }
        config.setJdbcUrl(WarehouseProperties.readOnlyJdbcUrl(file));
        config.setReadOnly(true); // else the pool tries to make each read-only connection writable, which DuckDB refuses
        return new HikariDataSource(config);
    }

    /** The server holds the file: a pool on a read-only copy, deleted with the pool. */
    private DataSource openSnapshot(Path file, String expected, HikariConfig config) {
        WarehouseSnapshot snapshot = WarehouseSnapshot.take(file);
        try {
            String version;
            try {
                version = dataVersion(snapshot.file());
            } catch (SQLException e) {
                throw new WarehouseUnavailableException("The running server holds " + file.toAbsolutePath()
                        + " and a copy of it could not be read (" + WarehouseFile.firstLine(String.valueOf(e.getMessage())) + ").",
                        "Stop the server (Ctrl+C where it runs) and run the command again.", e);
            }
            if (!version.equals(expected)) {
                throw new WarehouseUnavailableException("The running server holds " + file.toAbsolutePath() + " with data version "
                        + version + ", but the sample data and schema are now version " + expected + ".",
                        "Restart the server (it rebuilds the database on start), or stop it and run './tm load'.");
            }
            System.err.println("Note: a running Traineemonitor holds " + file.toAbsolutePath() + "; this command reads a"
                    + " read-only copy taken now (data version " + version + "), so it shows what the server shows.");
            config.setJdbcUrl(WarehouseProperties.readOnlyJdbcUrl(snapshot.file()));
            config.setReadOnly(true);
            return new HikariDataSource(config) {
                @Override
                public void close() {
                    super.close();
                    snapshot.delete();
                }
            };
        } catch (RuntimeException e) {
            snapshot.delete();
            throw e;
        }
    }

    /** The data version recorded in the file, read through a read-only connection; "(none)" if it has none. */
    static String dataVersion(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection(WarehouseProperties.readOnlyJdbcUrl(file)); var st = c.createStatement()) {
            try (var tables = st.executeQuery("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'warehouse_build'")) {
                tables.next();
                if (tables.getInt(1) == 0) {
                    return "(none)";
                }
            }
            try (var rs = st.executeQuery("SELECT data_version FROM warehouse_build LIMIT 1")) {
                return rs.next() ? rs.getString(1) : "(none)";
            }
        }
    }
}
