package no.traineemonitor.coverage;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A BA-region (labour-market region) with at least one municipality in the area; every figure sums the region's
 * municipalities in the area. Commuting: employed residents 15-74 by where they work, Q4 2020 (SSB 03321, 11618).
 *
 * @param classCounts municipalities per centrality class, index 0 = class 1 … index 5 = class 6
 * @param meanTravelTimeMin travel time to the regional centre weighted by inhabitants (current reference version), minutes
 */
public record BaRegionCoverage(String baNr, String name, int municipalities, int municipalitiesInRegion,
                               int coveredMunicipalities, List<String> programmes, long population,
                               long coveredPopulation, List<Integer> classCounts,
                               @Nullable Double maxTravelTimeMin, @Nullable Double meanTravelTimeMin,
                               long employedResidents, long workInHomeMunicipality, long outCommutersWithinBa,
                               long outCommutersOutsideBa, long outCommutersOther) {

    public boolean whiteSpot() {
        return coveredMunicipalities == 0;
    }

    public @Nullable Double share(long part) {
        return employedResidents == 0 ? null : (double) part / employedResidents;
    }
}
