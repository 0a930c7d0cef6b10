package no.traineemonitor.warehouse.ingest;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a load put into the warehouse: rows per table, how long it took, and the warnings of the validation. */
public record LoadReport(Map<String, Long> rowsPerTable, long millis, List<LoadProblem> warnings) {

    public LoadReport withMillis(long newMillis) {
        return new LoadReport(rowsPerTable, newMillis, warnings);
    }

    public long rows(String table) {
        return rowsPerTable.getOrDefault(table, 0L);
    }

    public String summary() {
        return rowsPerTable.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
