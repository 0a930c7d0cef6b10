package no.traineemonitor.warehouse;

import no.traineemonitor.cli.UserFacingException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link UserFacingException} at start-up (database locked or corrupt, bad sample data) into Boot's short
 * "APPLICATION FAILED TO START" text instead of a stack trace. */
class WarehouseFailureAnalyzer extends AbstractFailureAnalyzer<UserFacingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UserFacingException cause) {
        if (cause instanceof WarehouseUnavailableException w) {
            return new FailureAnalysis(w.problem(), w.action(), cause);
        }
        return new FailureAnalysis(cause.getMessage(),
                "Correct the input named above and start again; the previous database (if any) is unchanged.", cause);
    }
}
