package no.traineemonitor.programme;

import org.jspecify.annotations.Nullable;

/**
 * A programme as listed: status, county, host, size of the record (facts, municipalities) and its main source (the
 * file, and as readers know it: title, publisher and year).
 */
public record Programme(
        String programmeId,
        String name,
        String type,
        String status,
        @Nullable String countyNumber2024,
        @Nullable String countyName2024,
        @Nullable String countyNumber2020,
        @Nullable String countyName2020,
        @Nullable String host,
        @Nullable Integer foundedYear,
        @Nullable Integer lengthMonths,
        long municipalityCount,
        long factCount,
        String sourceFile,
        String sourceSection,
        @Nullable String note,
        @Nullable String sourceLabel) {
}
