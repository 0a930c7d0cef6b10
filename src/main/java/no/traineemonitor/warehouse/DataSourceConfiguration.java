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
                          QueryFailures queryFailures, @Value("${traineemonitor.read-only:false}") boolean readOnly) {
        HikariConfig config = new HikariConfig();
        config.setExceptionOverride(queryFailures); // the health check is DOWN while queries fail on a damaged file
        config.setDriverClassName("org.duckdb.DuckDBDriver");
        config.setMaximumPoolSize(properties.poolSize());
        config.setPoolName("warehouse");
        if (readOnly) {
            return new ReadOnlyWarehouse(properties, builder).open(config);
        }
        warehouseFile.ensureReady();
        config.setJdbcUrl(properties.jdbcUrl());
        return new HikariDataSource(config);
    }
}
