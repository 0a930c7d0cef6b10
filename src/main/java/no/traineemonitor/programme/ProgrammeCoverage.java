package no.traineemonitor.programme;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a programme's profile needs beyond the list row: its placement model, minimum education and the quote behind
 * its main attributes, and the municipalities it covers (2020 codes) with centrality, population and how each is known.
 *
 * @param placementModel one_host | rotation | mixed, or NULL when the sources do not say
 * @param sourceQuote    the verbatim quote supporting the programme row (its source file and section are on {@link Programme})
 */
public record ProgrammeCoverage(String programmeId, @Nullable String placementModel, @Nullable String minEducation,
                                @Nullable String sourceQuote, List<Covered> municipalities) {

    /**
     * One covered municipality.
     *
     * @param basis       stated | resolved_from_region | host_location (the strongest of the sources)
     * @param sourceCount how many source rows say the programme covers it
     */
    public record Covered(String kommunenummer, String name, @Nullable Integer centralityClass,
                          @Nullable Integer population, String basis, String sourceFile, String sourceSection,
                          String sourceQuote, @Nullable String note, long sourceCount) {
    }

    /** Inhabitants (current reference version) of the covered municipalities; NULL when none is covered or a population is unknown. */
    public @Nullable Long totalPopulation() {
        if (municipalities.isEmpty() || municipalities.stream().anyMatch(m -> m.population() == null)) {
            return null;
        }
        return municipalities.stream().mapToLong(m -> m.population()).sum();
    }
}
