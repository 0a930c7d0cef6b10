package no.traineemonitor.coverage;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What coverage is computed for. The area: a county of the 2024 or the 2020 division, a BA-region and centrality
 * classes of the municipalities (NULL or empty = no restriction; all of them = the whole country). The programmes: a type and one
 * programme (NULL = all). Only running programmes (status active or paused) count as reaching a municipality.
 */
public record CoverageFilter(@Nullable String county2024, @Nullable String county2020, @Nullable String baRegion,
                             @Nullable List<Integer> centralityClasses, @Nullable String programmeType,
                             @Nullable String programmeId) {

    public CoverageFilter {
        centralityClasses = centralityClasses == null ? List.of() : centralityClasses.stream().distinct().sorted().toList();
    }

    /** The classes as the SQL macro takes them ("5,6"), NULL for no restriction. */
    @Nullable String centralityList() {
        return centralityClasses.isEmpty() ? null
                : String.join(",", centralityClasses.stream().map(String::valueOf).toList());
    }

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
        return county2024 == null && county2020 == null && baRegion == null && centralityClasses.isEmpty();
    }

    /** The same programme selection over the whole country (to find the nearest programme beyond the area). */
    CoverageFilter nationally() {
        return new CoverageFilter(null, null, null, null, programmeType, programmeId);
    }
}
