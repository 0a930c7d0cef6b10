package no.traineemonitor.indicator;

import no.traineemonitor.cli.UserFacingException;

/** A filter value that names nothing known (county, programme, indicator, year ...): the message names it. */
public class InvalidFilterException extends UserFacingException {

    public InvalidFilterException(String message) {
        super(message);
    }
}
