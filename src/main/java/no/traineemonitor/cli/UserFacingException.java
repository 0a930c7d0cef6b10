package no.traineemonitor.cli;

/** An error whose message is written for the user as is (what went wrong, where, what to do). */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
