package no.traineemonitor.warehouse;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The connection pool to the warehouse file, opened only after the file is ready. */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    @Bean
    DataSource dataSource(WarehouseProperties properties, WarehouseFile warehouseFile) {
        warehouseFile.ensureReady();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(properties.jdbcUrl());
        config.setDriverClassName("org.duckdb.DuckDBDriver");
        config.setMaximumPoolSize(properties.poolSize());
        config.setPoolName("warehouse");
        return new HikariDataSource(config);
    }
}
