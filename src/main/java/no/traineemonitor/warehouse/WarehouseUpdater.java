package no.traineemonitor.warehouse;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import no.traineemonitor.warehouse.ingest.SampleDataLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Brings the yearly returns of the record into the warehouse the server is serving, in one transaction: readers see
 * the old or the new state, never a mix. Then the file is checkpointed, its checksum rewritten (the server's own change
 * is not damage), and {@link WarehouseChanged} published. A process killed half-way leaves the old state (the
 * transaction is not committed) and a data version that no longer matches the record, so the next start rebuilds.
 */
@Component
public class WarehouseUpdater {

    private static final Logger log = LoggerFactory.getLogger(WarehouseUpdater.class);

    private final DataSource dataSource;
    private final SampleDataLoader loader;
    private final WarehouseBuilder builder;
    private final WarehouseProperties properties;
    private final WarehouseVerifier verifier;
    private final ApplicationEventPublisher events;

    WarehouseUpdater(DataSource dataSource, SampleDataLoader loader, WarehouseBuilder builder, WarehouseProperties properties,
                     WarehouseVerifier verifier, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.loader = loader;
        this.builder = builder;
        this.properties = properties;
        this.verifier = verifier;
        this.events = events;
    }

    /**
     * Writes the committed change into the file itself (it is durable in the write-ahead log already). DuckDB refuses a
     * checkpoint while other transactions run: readers are short, so it is tried again for a while; if they never
     * pause, the log keeps the change and DuckDB checkpoints it later (the health check then records the new checksum).
     */
    private static void checkpoint(Connection c) {
        for (int attempt = 1; ; attempt++) {
            try (var st = c.createStatement()) {
                st.execute("CHECKPOINT");
                return;
            } catch (SQLException e) {
                if (attempt == 100) {
                    log.warn("The returns are committed, but the database file was not checkpointed (busy readers): {}",
                            WarehouseFile.firstLine(String.valueOf(e.getMessage())));
                    return;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Work on the live warehouse's connection, inside the updater's transaction. */
    @FunctionalInterface
    public interface Change {
        void apply(Connection connection) throws SQLException;
    }

    /**
     * Adds a reference version to the live warehouse (an import on /admin while the server runs), in one transaction
     * with everything computed from the population; then as for the returns: checkpoint, checksum, event. Returns the
     * new data version. Nothing changes when the change fails.
     */
    public synchronized String addReferenceVersion(Change change) {
        long start = System.nanoTime();
        String version = builder.dataVersion();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                change.apply(c);
                loader.materialise(c);
                try (var st = c.prepareStatement("UPDATE warehouse_build SET data_version = ?, built_at = current_timestamp")) {
                    st.setString(1, version);
                    st.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            checkpoint(c);
        } catch (SQLException e) {
            throw new WarehouseUnavailableException("The reference version could not be added to the warehouse: "
                    + WarehouseFile.firstLine(String.valueOf(e.getMessage())), "Nothing changed in the warehouse.", e);
        }
        try {
            verifier.accept(properties.database());
        } catch (IOException e) {
            log.warn("Could not record the new checksum of {}: {}", properties.database(), e.getMessage());
        }
        log.info("Reference version added to {} in {} ms (data version {})", properties.database().toAbsolutePath(),
                (System.nanoTime() - start) / 1_000_000, version);
        events.publishEvent(new WarehouseChanged(version));
        return version;
    }

    /** Replaces the returns in the live warehouse with those the record holds now; returns the new data version. */
    public synchronized String replaceReturns() {
        long start = System.nanoTime();
        String version = builder.dataVersion();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                loader.replaceReturns(c, builder.returnRows());
                try (var st = c.prepareStatement("UPDATE warehouse_build SET data_version = ?, built_at = current_timestamp")) {
                    st.setString(1, version);
                    st.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                    c.setAutoCommit(true);
                } catch (SQLException afterwards) {
                    e.addSuppressed(afterwards); // the error to report is what failed, not the clean-up after it
                }
                throw e;
            }
            c.setAutoCommit(true);
            checkpoint(c);
        } catch (SQLException e) {
            throw new WarehouseUnavailableException("The yearly returns could not be brought into the warehouse: "
                    + WarehouseFile.firstLine(String.valueOf(e.getMessage())),
                    "Nothing changed in the warehouse; the return is kept in the record and is taken in at the next start.", e);
        }
        try {
            verifier.accept(properties.database());
        } catch (IOException e) {
            log.warn("Could not record the new checksum of {}: {}", properties.database(), e.getMessage());
        }
        log.info("Yearly returns taken into {} in {} ms (data version {})", properties.database().toAbsolutePath(),
                (System.nanoTime() - start) / 1_000_000, version);
        events.publishEvent(new WarehouseChanged(version));
        return version;
    }
}
