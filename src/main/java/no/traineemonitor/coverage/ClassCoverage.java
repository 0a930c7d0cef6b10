package no.traineemonitor.coverage;

import org.jspecify.annotations.Nullable;

/**
 * Municipalities and inhabitants of one centrality class in the area, reached and not reached.
 *
 * @param centralityClass 1-6, or NULL for all classes together
 */
public record ClassCoverage(@Nullable Integer centralityClass, int municipalities, int coveredMunicipalities,
                            long population2020, long coveredPopulation2020, long population2021,
                            long coveredPopulation2021) {

    public int uncoveredMunicipalities() {
        return municipalities - coveredMunicipalities;
    }

    public long uncoveredPopulation2020() {
        return population2020 - coveredPopulation2020;
    }

    /** Share of the inhabitants (1 Jan 2020) who live in a covered municipality; NULL when the class has nobody. */
    public @Nullable Double coveredShare2020() {
        return population2020 == 0 ? null : (double) coveredPopulation2020 / population2020;
    }
}
