package no.traineemonitor.record;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A yearly return as stored: who sent it, when, through what, the file it came in (by its SHA-256), and the figures.
 * Returns are versioned per programme and year; the newest one not withdrawn is the one the warehouse uses.
 *
 * @param returnId the sequence number of the event that stored it
 * @param channel  upload | form (the browser form) | e-mail (stored by an administrator with the submit command)
 */
public record StoredReturn(long returnId, String programmeId, int year, int version, String channel, String by,
                           Instant at, String fileSha256, String fileName, List<Value> values, boolean withdrawn,
                           @Nullable String withdrawnBy, @Nullable Instant withdrawnAt, @Nullable String withdrawReason) {

    /** One reported figure: a number (count or kroner) or a text (a choice, municipality codes), and a comment. */
    public record Value(String metricId, @Nullable Long number, @Nullable String text, @Nullable String comment) {
    }

    StoredReturn withdrawnBy(String by, Instant at, String reason) {
        return new StoredReturn(returnId, programmeId, year, version, channel, this.by, this.at, fileSha256, fileName,
                values, true, by, at, reason);
    }
}
