package no.traineemonitor.reporting;

import org.jspecify.annotations.Nullable;

/**
 * A validated figure of a return: a whole number (count or kroner), a choice, or a list of municipality codes.
 *
 * @param number for count and nok
 * @param text   for choice (the code) and municipalities (the codes, space-separated, sorted)
 */
public record ReportedValue(String metricId, @Nullable Long number, @Nullable String text, @Nullable String comment) {

    /** The value as one line of text ("12", "per_trainee", "1804 1837"). */
    public String display() {
        return number != null ? Long.toString(number) : text == null ? "" : text;
    }
}
