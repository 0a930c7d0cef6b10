package no.traineemonitor.coverage;

import org.jspecify.annotations.Nullable;

/**
 * What coverage is computed for. The area: a county of the 2024 or the 2020 division, a BA-region and a centrality
 * class of the municipalities (NULL = no restriction; all NULL = the whole country). The programmes: a type and one
 * programme (NULL = all). Only running programmes (status active or paused) count as reaching a municipality.
 */
public record CoverageFilter(@Nullable String county2024, @Nullable String county2020, @Nullable String baRegion,
                             @Nullable Integer centralityClass, @Nullable String programmeType,
                             @Nullable String programmeId) {

    public static CoverageFilter wholeCountry() {
        return new CoverageFilter(null, null, null, null, null, null);
    }

    public static CoverageFilter county2024(String county) {
        return new CoverageFilter(county, null, null, null, null, null);
    }

    public static CoverageFilter county2020(String county) {
        return new CoverageFilter(null, county, null, null, null, null);
    }

    /** True when the area is the whole country. */
    public boolean national() {
        return county2024 == null && county2020 == null && baRegion == null && centralityClass == null;
    }

    /** The same programme selection over the whole country (to find the nearest programme beyond the area). */
    CoverageFilter nationally() {
        return new CoverageFilter(null, null, null, null, programmeType, programmeId);
    }
}
