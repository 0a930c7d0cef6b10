package no.traineemonitor.reporting;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A return as it was filled in, before validation: per figure the text of its cell (or form field) and where it is.
 *
 * @param programmeId the programme the template or form was made for
 * @param values      per metric id the entered text; a figure left empty has no entry
 * @param comments    per metric id the leader's comment, if any
 */
public record RawReturn(String programmeId, int year, Map<String, Cell> values, Map<String, String> comments) {

    /** An entered value: its text and where it was entered (sheet, 1-based row, column letter; "" sheet = form). */
    public record Cell(String text, String sheet, int row, String column, @Nullable Double number) {

        public static Cell form(String text) {
            return new Cell(text, "", 0, "", null);
        }
    }
}
