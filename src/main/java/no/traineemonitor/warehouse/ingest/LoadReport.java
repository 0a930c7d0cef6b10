package no.traineemonitor.warehouse.ingest;

import java.util.Map;
import java.util.stream.Collectors;

/** What a load put into the warehouse: rows per table and how long it took. */
public record LoadReport(Map<String, Long> rowsPerTable, long millis) {

    public LoadReport withMillis(long newMillis) {
        return new LoadReport(rowsPerTable, newMillis);
    }

    public long rows(String table) {
        return rowsPerTable.getOrDefault(table, 0L);
    }

    public String summary() {
        return rowsPerTable.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
