package no.traineemonitor.warehouse;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The connection pool to the warehouse file. The server opens it only after the file is ready (built or rebuilt if
 * needed). A command of the jar ({@code traineemonitor.read-only=true}, set by the command line's context) opens it
 * read-only and never builds it: see {@link ReadOnlyWarehouse}.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    @Bean
    DataSource dataSource(WarehouseProperties properties, WarehouseFile warehouseFile, WarehouseBuilder builder,
                          QueryFailures queryFailures, @Value("${traineemonitor.read-only:false}") boolean readOnly,
                          @Value("${traineemonitor.duckdb.memory-limit:}") String memoryLimit) {
        HikariConfig config = new HikariConfig();
        config.setExceptionOverride(queryFailures); // the health check is DOWN while queries fail on a damaged file
        config.setDriverClassName("org.duckdb.DuckDBDriver");
        config.setMaximumPoolSize(properties.poolSize());
        config.setPoolName("warehouse");
        // a setting of the database instance: the same for every connection of the pool
        memoryLimitSql(memoryLimit).ifPresent(config::setConnectionInitSql);
        if (readOnly) {
            return new ReadOnlyWarehouse(properties, builder).open(config);
        }
        warehouseFile.ensureReady();
        config.setJdbcUrl(properties.jdbcUrl());
        return new HikariDataSource(config);
    }

    /**
     * {@code SET memory_limit} for {@code traineemonitor.duckdb.memory-limit} ("512MB", "2GB"), none when it is empty
     * (DuckDB's default, 80 % of the machine's memory); refuses anything else, naming the property and the value.
     */
    static java.util.Optional<String> memoryLimitSql(String memoryLimit) {
        if (memoryLimit.isBlank()) {
            return java.util.Optional.empty();
        }
        if (!memoryLimit.strip().matches("\\d{1,6}(MB|GB)")) {
            throw new IllegalArgumentException("traineemonitor.duckdb.memory-limit must be a size such as 512MB or 2GB, not '"
                    + memoryLimit + "'");
        }
        return java.util.Optional.of("SET memory_limit = '" + memoryLimit.strip() + "'");
    }
}
