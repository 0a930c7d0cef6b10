package no.traineemonitor.coverage;

import org.jspecify.annotations.Nullable;

/**
 * Where out-commuters of one centrality class work, Q4 2020: the share of residents working in another municipality
 * whose workplace is outside their own BA-region, in the area and nationally, beside the 2021 report's figure.
 *
 * @param centralityClass            1-6, NULL = all classes
 * @param municipalities             municipalities of the class in the area (0 when none)
 * @param outCommuters               residents working in another of the 356 municipalities (area)
 * @param outCommutersOutsideBa      of those, working outside the home BA-region (area)
 * @param areaMeanShare              mean of the municipalities' own shares (area); NULL when none
 * @param nationalPooledShare        all persons of the class nationally: outside / all out-commuters
 * @param nationalMeanShare          mean of the municipalities' shares nationally
 * @param reportPercent              the report's figure (percent), NULL where it states none
 */
public record ClassCommuting(@Nullable Integer centralityClass, int municipalities, long employedResidents,
                             long outCommuters, long outCommutersOutsideBa, @Nullable Double areaMeanShare,
                             int nationalMunicipalities, double nationalPooledShare, double nationalMeanShare,
                             @Nullable Double reportPercent, @Nullable String reportQualifier,
                             @Nullable String reportFactId, @Nullable String reportQuote) {

    /** Persons of the area: outside / all out-commuters; NULL when nobody commutes. */
    public @Nullable Double areaPooledShare() {
        return outCommuters == 0 ? null : (double) outCommutersOutsideBa / outCommuters;
    }
}
