package no.traineemonitor.indicator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The facts a value rests on, for a reader: fact ids as they are (f002a-0094: findable on the sources page), and the
 * reference data a rate divides by in words ({@code ref:population:…} is "SSB: innbyggere i kommunene …"), never
 * as a code.
 */
public final class FactIds {

    private FactIds() {
    }

    public static String text(List<String> ids, PeriodText.Words words) {
        return ids.stream().map(id -> id.startsWith("ref:population:") ? words.get("facts.reference-population") : id)
                .distinct().collect(Collectors.joining(" "));
    }
}
