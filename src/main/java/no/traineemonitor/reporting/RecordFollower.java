package no.traineemonitor.reporting;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import no.traineemonitor.record.RecordService;
import no.traineemonitor.warehouse.WarehouseUpdater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.stereotype.Component;

/**
 * In the server: every few seconds, takes in what another process added to the record (a return an administrator
 * submitted with {@code ./tm submit --confirm} while the server runs), so the running dashboard shows it.
 */
@Component
@ConditionalOnWebApplication
class RecordFollower {

    private static final Logger log = LoggerFactory.getLogger(RecordFollower.class);
    static final long SECONDS = 5;

    private final RecordService record;
    private final WarehouseUpdater updater;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "record-follower");
        t.setDaemon(true);
        return t;
    });

    RecordFollower(RecordService record, WarehouseUpdater updater) {
        this.record = record;
        this.updater = updater;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        timer.scheduleWithFixedDelay(this::follow, SECONDS, SECONDS, TimeUnit.SECONDS);
    }

    void follow() {
        try {
            if (record.refresh()) {
                log.info("The record changed (another process added to it): taking its returns into the warehouse");
                updater.replaceReturns();
            }
        } catch (RuntimeException e) {
            log.warn("Could not follow the record: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
