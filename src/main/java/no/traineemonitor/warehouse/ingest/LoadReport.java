package no.traineemonitor.warehouse.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a load put into the warehouse: rows per table, how long it took (in all and per step, in the order they ran),
 * and the warnings of the validation.
 */
public record LoadReport(Map<String, Long> rowsPerTable, long millis, Map<String, Long> stepMillis, List<LoadProblem> warnings) {

    public LoadReport {
        stepMillis = Collections.unmodifiableMap(new LinkedHashMap<>(stepMillis));
    }

    public LoadReport withMillis(long newMillis) {
        return new LoadReport(rowsPerTable, newMillis, stepMillis, warnings);
    }

    /** This report with steps measured by the caller (e.g. validation, schema) put before the load's own. */
    public LoadReport withStepsBefore(Map<String, Long> earlier) {
        Map<String, Long> steps = new LinkedHashMap<>(earlier);
        steps.putAll(stepMillis);
        return new LoadReport(rowsPerTable, millis, steps, warnings);
    }

    /** This report with one more step at the end. */
    public LoadReport withStep(String step, long stepTime) {
        Map<String, Long> steps = new LinkedHashMap<>(stepMillis);
        steps.put(step, stepTime);
        return new LoadReport(rowsPerTable, millis, steps, warnings);
    }

    public long rows(String table) {
        return rowsPerTable.getOrDefault(table, 0L);
    }

    public String summary() {
        return rowsPerTable.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    /** The steps' times, e.g. "validate 3.4 s, schema 1.6 s, stage 1.0 s, …". */
    public String timings() {
        return stepMillis.entrySet().stream()
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.1f s", e.getValue() / 1000.0))
                .collect(Collectors.joining(", "));
    }
}
