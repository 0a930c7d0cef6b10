package no.traineemonitor.warehouse;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Remembers the last query on the pool that failed the way a damaged file fails (DuckDB's storage errors, or "Invalid
 * result set", which is how a streamed result reports them), so the health check is DOWN while pages fail. The pool
 * reports every SQL error of its connections, statements and result sets here.
 */
@Component
public class QueryFailures implements SQLExceptionOverride {

    /** How long a storage failure keeps the health check DOWN after it happened. */
    static final Duration WINDOW = Duration.ofMinutes(5);

    private final Clock clock;
    private volatile Instant lastAt;
    private volatile String lastMessage;

    QueryFailures() {
        this(Clock.systemUTC());
    }

    QueryFailures(Clock clock) {
        this.clock = clock;
    }

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (WarehouseFile.isDamage(message) || message.startsWith("IO Error")) {
            lastMessage = WarehouseFile.firstLine(message);
            lastAt = clock.instant();
        }
        return SQLExceptionOverride.Override.CONTINUE_EVICT;
    }

    /** The last storage failure within {@link #WINDOW}, if any. */
    Optional<String> recent() {
        Instant at = lastAt;
        return at != null && at.isAfter(clock.instant().minus(WINDOW)) ? Optional.of(lastMessage) : Optional.empty();
    }
}
