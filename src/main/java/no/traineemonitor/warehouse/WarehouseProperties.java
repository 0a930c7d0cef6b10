package no.traineemonitor.warehouse;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the warehouse lives and what it is loaded from.
 *
 * @param database   the DuckDB file (created and loaded on first start)
 * @param sampleData the folder of CSV files loaded into a new database
 * @param poolSize   connections in the pool (DuckDB shares one database instance between them)
 * @param seeds      the folder of the source documents the sample data quotes (a string: Spring would read a path
 *                   starting with {@code ..} as a class path resource); without the folder the quotes are not checked
 */
@ConfigurationProperties("traineemonitor")
public record WarehouseProperties(
        @DefaultValue("data/traineemonitor.duckdb") Path database,
        @DefaultValue("sample-data") Path sampleData,
        @DefaultValue("8") int poolSize,
        @DefaultValue("../shared/seeds") String seeds) {

    @ConstructorBinding
    public WarehouseProperties {
    }

    /** With the default seeds folder ({@code ../shared/seeds}). */
    public WarehouseProperties(Path database, Path sampleData, int poolSize) {
        this(database, sampleData, poolSize, "../shared/seeds");
    }

    /** The seeds folder, relative to the working directory. */
    public Path seedsFolder() {
        return Path.of(seeds);
    }

    public String jdbcUrl() {
        return jdbcUrl(database);
    }

    /**
     * The JDBC URL of a warehouse file. Results are streamed ({@code jdbc_stream_results}): DuckDB hands rows over in
     * chunks as they are read instead of holding a whole result in memory, so the full extract stays flat however large
     * the warehouse grows. DuckDB makes this a setting of the database instance: every connection to a file in one JVM
     * must use the same value, so every connection goes through this method.
     */
    public static String jdbcUrl(Path file) {
        return "jdbc:duckdb:" + file.toAbsolutePath() + ";jdbc_stream_results=true";
    }

    /** The JDBC URL of a file opened read-only (e.g. the command line's snapshot of a file the server holds). */
    public static String readOnlyJdbcUrl(Path file) {
        return jdbcUrl(file) + ";duckdb.read_only=true";
    }
}
