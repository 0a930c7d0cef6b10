package no.traineemonitor.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every value of one indicator as the public sees it, in the engine's order (sql/query/indicator/observations.sql), with
 * the positions of each programme's values: its own and the statements about it with other programmes. A selection's
 * values are picked from it in the same order and by the same rules as observations.sql, so that a filter change reads
 * memory instead of the warehouse.
 */
final class IndicatorValues {

    private final List<IndicatorResult> values;
    /** Per programme, the positions of its values and of the statements naming it, ascending. */
    private final Map<String, int[]> positions;

    IndicatorValues(List<IndicatorResult> values) {
        this.values = List.copyOf(values);
        Map<String, List<Integer>> found = new HashMap<>();
        for (int i = 0; i < this.values.size(); i++) {
            for (String programme : programmesOf(this.values.get(i))) {
                found.computeIfAbsent(programme, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> positions = new HashMap<>();
        found.forEach((programme, at) -> positions.put(programme, at.stream().mapToInt(Integer::intValue).toArray()));
        this.positions = positions;
    }

    int size() {
        return values.size();
    }

    /**
     * Adds the values of a selection to {@code out}, in order: the selected programmes' values, the statements about any
     * of them, a region's values only when nothing is selected ({@code regions}); a value is kept when its period
     * overlaps [from, to] (an undated one always).
     */
    void select(Set<String> programmes, boolean regions, @Nullable Integer from, @Nullable Integer to,
                List<IndicatorResult> out) {
        if (!regions && programmes.size() <= 64) {
            // a few programmes (a benchmark's, a leader's): their values by position, not a walk over all
            int[] at = programmes.stream().map(positions::get).filter(p -> p != null)
                    .flatMapToInt(Arrays::stream).sorted().distinct().toArray();
            for (int i : at) {
                IndicatorResult r = values.get(i);
                if (inPeriod(r, from, to)) {
                    out.add(r);
                }
            }
            return;
        }
        for (IndicatorResult r : values) {
            if (inPeriod(r, from, to) && switch (r.subjectType()) {
                case "programme" -> programmes.contains(r.subjectId());
                case "programme_group" -> r.statementProgrammes().stream().anyMatch(programmes::contains);
                default -> regions;
            }) {
                out.add(r);
            }
        }
    }

    /** The programmes a value is about: its own, those of a statement about several, none for a region. */
    private static List<String> programmesOf(IndicatorResult r) {
        return switch (r.subjectType()) {
            case "programme" -> List.of(r.subjectId());
            case "programme_group" -> r.statementProgrammes();
            default -> List.of();
        };
    }

    /** observations.sql's period rule: the year a value ends (else starts) is not before from, the one it starts not after to. */
    private static boolean inPeriod(IndicatorResult r, @Nullable Integer from, @Nullable Integer to) {
        Integer end = r.periodEnd() != null ? r.periodEnd() : r.periodStart();
        Integer start = r.periodStart() != null ? r.periodStart() : r.periodEnd();
        return (from == null || end == null || end >= from) && (to == null || start == null || start <= to);
    }
}
