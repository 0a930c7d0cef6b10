package no.traineemonitor.referenceimport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reforms between the 2020 and the 2024 municipalities, from the change table, as a table of 2024 codes mapped
 * to 2020 meets them: new numbers, splits ("1507 Ålesund (2020) = 1508 Ålesund + 1580 Haram (2024)") and merges
 * ("9001 A, 9002 B (2020) → 9003 AB (2024)", whose parts cannot be separated).
 */
record Reforms(int renumbered, List<String> splits, List<String> merged) {

    static final Reforms NONE = new Reforms(0, List.of(), List.of());

    static Reforms of(ReferenceCodes codes) {
        Map<String, List<String>> predecessors = codes.predecessors();
        int renumbered = 0;
        List<String> splits = new ArrayList<>();
        Set<String> merged = new LinkedHashSet<>();
        for (var m : codes.municipalities2020().entrySet()) {
            List<ReferenceCodes.Successor> successors = codes.changes().getOrDefault(m.getKey(), List.of());
            var shared = successors.stream().filter(s -> predecessors.get(s.code2024()).size() > 1).findFirst();
            if (shared.isPresent()) {
                var s = shared.get();
                merged.add(String.join(", ", predecessors.get(s.code2024()).stream()
                        .map(c -> c + " " + codes.municipalities2020().get(c)).toList())
                        + " (2020) → " + s.code2024() + " " + s.name2024() + " (2024)");
            } else if (successors.size() > 1) {
                splits.add(m.getKey() + " " + m.getValue() + " (2020) = " + String.join(" + ",
                        successors.stream().map(s -> s.code2024() + " " + s.name2024()).toList()) + " (2024)");
            } else if (successors.size() == 1 && !successors.getFirst().code2024().equals(m.getKey())) {
                renumbered++;
            }
        }
        return new Reforms(renumbered, List.copyOf(splits), List.copyOf(merged));
    }
}
