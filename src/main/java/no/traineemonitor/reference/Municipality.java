package no.traineemonitor.reference;

import org.jspecify.annotations.Nullable;

/** A municipality of 2020 with its county (2020 and 2024 division), BA-region, centrality and population. */
public record Municipality(
        String kommunenummer,
        String name,
        String countyNumber2020,
        String countyName2020,
        @Nullable String countyNumber2024,
        @Nullable String countyName2024,
        @Nullable String baNr,
        @Nullable String baName,
        @Nullable Integer centralityClass,
        @Nullable String centralityVersion,
        @Nullable Integer population,
        @Nullable Integer population2021) {
}
