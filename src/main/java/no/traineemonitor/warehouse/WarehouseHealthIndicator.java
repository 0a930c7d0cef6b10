package no.traineemonitor.warehouse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code /actuator/health}: the warehouse is up when it answers and holds the reference data and programmes. */
@Component("warehouse")
@ConditionalOnWebApplication
class WarehouseHealthIndicator implements HealthIndicator {

    private final JdbcClient jdbc;
    private final WarehouseProperties properties;

    WarehouseHealthIndicator(JdbcClient jdbc, WarehouseProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public Health health() {
        try {
            String version = jdbc.sql("SELECT data_version FROM warehouse_build").query(String.class).optional().orElse(null);
            long municipalities = jdbc.sql("SELECT count(*) FROM ref_municipality").query(Long.class).single();
            long programmes = jdbc.sql("SELECT count(*) FROM programme").query(Long.class).single();
            long facts = jdbc.sql("SELECT count(*) FROM fact_observation").query(Long.class).single();
            Health.Builder health = municipalities == 356 && version != null ? Health.up() : Health.down();
            return health.withDetail("file", properties.database().toAbsolutePath().toString())
                    .withDetail("dataVersion", String.valueOf(version))
                    .withDetail("municipalities", municipalities)
                    .withDetail("programmes", programmes)
                    .withDetail("facts", facts)
                    .build();
        } catch (RuntimeException e) {
            return Health.down(e).withDetail("file", properties.database().toAbsolutePath().toString()).build();
        }
    }
}
