package no.traineemonitor.referenceimport;

import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong with an imported file, as a text key ({@code reference.import.problem.*}) and its values, so the
 * page and the command say it in the reader's language.
 */
public record Problem(String key, List<Object> params) {

    static Problem of(String key, Object... params) {
        // as text: a number would be grouped by the message format (2 024)
        return new Problem("reference.import.problem." + key, Arrays.stream(params).map(p -> (Object) String.valueOf(p)).toList());
    }
}
