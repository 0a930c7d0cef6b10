package no.traineemonitor.warehouse;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The connection pool to the warehouse file, opened only after the file is ready. Commands of the jar
 * ({@code traineemonitor.snapshot-when-locked=true}, set by the command line) read a read-only copy of the file when a
 * running server holds it, since DuckDB lets no other process open a file that one process has open for writing.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    @Bean
    DataSource dataSource(WarehouseProperties properties, WarehouseFile warehouseFile,
                          @Value("${traineemonitor.snapshot-when-locked:false}") boolean snapshotWhenLocked) {
        HikariConfig config = new HikariConfig();
        config.setDriverClassName("org.duckdb.DuckDBDriver");
        config.setMaximumPoolSize(properties.poolSize());
        config.setPoolName("warehouse");
        if (snapshotWhenLocked && warehouseFile.heldByAnotherProcess()) {
            WarehouseFile.Snapshot snapshot = warehouseFile.snapshot();
            config.setJdbcUrl(WarehouseProperties.readOnlyJdbcUrl(snapshot.file()));
            config.setReadOnly(true); // else the pool tries to make each read-only connection writable, which DuckDB refuses
            try {
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
        warehouseFile.ensureReady();
        config.setJdbcUrl(properties.jdbcUrl());
        return new HikariDataSource(config);
    }
}
