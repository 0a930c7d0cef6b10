package no.traineemonitor.indicator;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The selection shared by screen, command line and reports. Every field is optional (NULL = no filter).
 *
 * @param county2024      county of 2024 (2-digit)
 * @param county2020      county of 2020 (2-digit), for the 2021 report's division
 * @param baRegion        labour-market region (3-digit), programmes covering a municipality in it
 * @param centralityClasses dominant centrality classes (1-6) of the programmes' covered inhabitants, any of them
 *                          (empty or NULL = no filter; {@code sentralitet=5,6} is classes 5 and 6)
 * @param programmeType   trainee_programme, competence_pilot or pre_study
 * @param programmeId     one programme
 * @param indicatorId     one indicator
 * @param fromYear        first year (values whose period overlaps [from, to] are kept)
 * @param toYear          last year
 */
public record IndicatorFilter(
        @Nullable String county2024,
        @Nullable String county2020,
        @Nullable String baRegion,
        @Nullable List<Integer> centralityClasses,
        @Nullable String programmeType,
        @Nullable String programmeId,
        @Nullable String indicatorId,
        @Nullable Integer fromYear,
        @Nullable Integer toYear) {

    public IndicatorFilter {
        centralityClasses = centralityClasses == null ? List.of() : centralityClasses.stream().distinct().sorted().toList();
    }

    /** The classes as the SQL macros take them ("5,6"), or NULL for no filter. */
    public @Nullable String centralityList() {
        return centralityList(centralityClasses);
    }

    /** Classes as the SQL macros take them: "5,6", or NULL for none (no filter). */
    public static @Nullable String centralityList(@Nullable List<Integer> classes) {
        return classes == null || classes.isEmpty() ? null
                : classes.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static IndicatorFilter none() {
        return new IndicatorFilter(null, null, null, null, null, null, null, null, null);
    }

    public IndicatorFilter withIndicator(@Nullable String indicator) {
        return new IndicatorFilter(county2024, county2020, baRegion, centralityClasses, programmeType, programmeId,
                indicator, fromYear, toYear);
    }

    public IndicatorFilter withProgramme(@Nullable String programme) {
        return new IndicatorFilter(county2024, county2020, baRegion, centralityClasses, programmeType, programme,
                indicatorId, fromYear, toYear);
    }
}
