package no.traineemonitor.coverage;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A 2020 municipality with the programmes of the selection that reach it.
 *
 * @param programmes       names of the running programmes of the selection that cover it (empty = a white spot)
 * @param programmeBases   how each of those is known ({@code stated}, {@code resolved_from_region}, {@code host_location}),
 *                         in the order of {@code programmes}
 * @param otherProgrammes  programmes recorded for it that do not count (closed, proposed, or outside the selection)
 * @param otherStatuses    their status, in the same order
 * @param coverageBasis    the strongest basis among the counted programmes; NULL when not covered
 * @param travelTimeMin    travel time to the centre of its BA-region, minutes (NIBR); NULL = not given
 */
public record MunicipalityCoverage(String kommunenummer, String name, String countyNumber2020, String countyName2020,
                                   @Nullable String countyNumber2024, @Nullable String countyName2024,
                                   @Nullable String baNr, @Nullable String baName, @Nullable Integer centralityClass,
                                   @Nullable Integer population, @Nullable Integer population2021,
                                   @Nullable Double travelTimeMin, List<String> programmes, List<String> programmeIds,
                                   List<String> programmeBases, List<String> otherProgrammes,
                                   List<String> otherStatuses, boolean covered, @Nullable String coverageBasis) {
}
