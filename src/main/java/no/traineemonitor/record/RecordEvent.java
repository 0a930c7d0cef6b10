package no.traineemonitor.record;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the record log: its sequence number, when, by whom, what kind of event, its data, and the SHA-256 of the
 * line before it (so a changed or lost line is noticed).
 *
 * @param type user_created | user_changed | password_changed | return_submitted | return_withdrawn | sign_in |
 *             sign_in_failed | download
 */
public record RecordEvent(long seq, Instant at, String by, String type, Map<String, Object> data, String prev) {

    public String text(String key) {
        Object v = data.get(key);
        return v == null ? "" : v.toString();
    }
}
