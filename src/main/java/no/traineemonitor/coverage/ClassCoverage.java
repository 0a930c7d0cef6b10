package no.traineemonitor.coverage;

import org.jspecify.annotations.Nullable;

/**
 * Municipalities and inhabitants of one centrality class in the area, reached and not reached.
 *
 * @param centralityClass 1-6, or NULL for all classes together
 */
public record ClassCoverage(@Nullable Integer centralityClass, int municipalities, int coveredMunicipalities,
                            long population, long coveredPopulation, long population2021,
                            long coveredPopulation2021) {

    public int uncoveredMunicipalities() {
        return municipalities - coveredMunicipalities;
    }

    public long uncoveredPopulation() {
        return population - coveredPopulation;
    }

    /** Share of the inhabitants (current reference version) who live in a covered municipality; NULL when the class has nobody. */
    public @Nullable Double coveredShare() {
        return population == 0 ? null : (double) coveredPopulation / population;
    }
}
