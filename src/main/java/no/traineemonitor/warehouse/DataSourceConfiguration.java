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
    DataSource dataSource(WarehouseProperties properties, WarehouseFile warehouseFile, QueryFailures queryFailures,
                          @Value("${traineemonitor.snapshot-when-locked:false}") boolean snapshotWhenLocked) {
        if (snapshotWhenLocked) { // a command: open the pool when it first reads (load never does)
            return new OnFirstUseDataSource(() -> open(properties, warehouseFile, queryFailures, true));
        }
        return open(properties, warehouseFile, queryFailures, false);
    }

    private static DataSource open(WarehouseProperties properties, WarehouseFile warehouseFile, QueryFailures queryFailures,
                                   boolean snapshotWhenLocked) {
        HikariConfig config = new HikariConfig();
        config.setExceptionOverride(queryFailures); // the health check is DOWN while queries fail on a damaged file
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
