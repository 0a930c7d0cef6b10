package no.traineemonitor.warehouse;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the warehouse lives and what it is loaded from.
 *
 * @param database   the DuckDB file (created and loaded on first start)
 * @param sampleData the folder of CSV files loaded into a new database
 * @param poolSize   connections in the pool (DuckDB shares one database instance between them)
 */
@ConfigurationProperties("traineemonitor")
public record WarehouseProperties(
        @DefaultValue("data/traineemonitor.duckdb") Path database,
        @DefaultValue("sample-data") Path sampleData,
        @DefaultValue("8") int poolSize) {

    public String jdbcUrl() {
        return jdbcUrl(database);
    }

    public static String jdbcUrl(Path file) {
        return "jdbc:duckdb:" + file.toAbsolutePath();
    }
}
