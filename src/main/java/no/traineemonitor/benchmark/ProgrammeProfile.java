package no.traineemonitor.benchmark;

import org.jspecify.annotations.Nullable;

/** What peer groups are built from. */
public record ProgrammeProfile(String programmeId, String name, String type, String status, @Nullable String lengthBand,
                               @Nullable String sizeBand, @Nullable Integer dominantCentralityClass,
                               @Nullable Double medianYearlyHires, @Nullable Long coveredMunicipalities,
                               @Nullable Long coveredPopulation) {
}
