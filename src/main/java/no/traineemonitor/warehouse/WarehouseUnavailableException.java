package no.traineemonitor.warehouse;

import no.traineemonitor.cli.UserFacingException;

/** The database file cannot be used: locked by another process, corrupt, or the sample data is missing or invalid. */
public class WarehouseUnavailableException extends UserFacingException {

    private final String action;

    public WarehouseUnavailableException(String message, String action, Throwable cause) {
        super(message + System.lineSeparator() + action, cause);
        this.action = action;
    }

    public WarehouseUnavailableException(String message, String action) {
        this(message, action, null);
    }

    /** What the user can do about it. */
    public String action() {
        return action;
    }

    /** The problem without the action. */
    public String problem() {
        return getMessage().substring(0, getMessage().length() - action.length() - System.lineSeparator().length());
    }
}
