package no.traineemonitor.warehouse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health}: the warehouse is up when the file is still the one verified at start (size and time, and
 * its checksum again if they changed), no query failed on damaged storage in the last minutes, and it answers with the
 * reference data and programmes. Details (counts, data version) are for an administrator: the public endpoint shows
 * only the status ({@code management.endpoint.health.show-details=never}).
 */
@Component("warehouse")
@ConditionalOnWebApplication
class WarehouseHealthIndicator implements HealthIndicator {

    private final JdbcClient jdbc;
    private final WarehouseVerifier verifier;
    private final QueryFailures failures;

    WarehouseHealthIndicator(JdbcClient jdbc, WarehouseVerifier verifier, QueryFailures failures) {
        this.jdbc = jdbc;
        this.verifier = verifier;
        this.failures = failures;
    }

    @Override
    public Health health() {
        var changed = verifier.recheck();
        if (changed.isPresent()) {
            return Health.down().withDetail("problem", changed.get()).build();
        }
        var failed = failures.recent();
        if (failed.isPresent()) {
            return Health.down().withDetail("problem", "a query failed on the database file: " + failed.get()).build();
        }
        try {
            String version = jdbc.sql("SELECT data_version FROM warehouse_build").query(String.class).optional().orElse(null);
            long municipalities = jdbc.sql("SELECT count(*) FROM ref_municipality").query(Long.class).single();
            long programmes = jdbc.sql("SELECT count(*) FROM programme").query(Long.class).single();
            long facts = jdbc.sql("SELECT count(*) FROM fact_observation").query(Long.class).single();
            Health.Builder health = municipalities == 356 && version != null ? Health.up() : Health.down();
            return health.withDetail("dataVersion", String.valueOf(version))
                    .withDetail("municipalities", municipalities)
                    .withDetail("programmes", programmes)
                    .withDetail("facts", facts)
                    .build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("problem", "a query failed: " + WarehouseFile.firstLine(String.valueOf(e.getMessage()))).build();
        }
    }
}
