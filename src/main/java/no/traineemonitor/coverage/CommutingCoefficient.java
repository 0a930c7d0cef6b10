package no.traineemonitor.coverage;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A commuting coefficient the 2021 report states (appendix 2) beside two measures from SSB table 03321 for a group of
 * municipalities. The report does not give its formula, so neither measure is claimed to be the report's coefficient.
 *
 * @param memberGroup            {@code named}: the municipalities the report names beside the value;
 *                               {@code programme}: every municipality recorded for the programme
 * @param withinBaSharePooled    residents working in another municipality of their BA-region / employed residents
 * @param withinBaShareMean      the same, averaged over the municipalities
 * @param grossCommutingPooled   (out + in commuters) / (work at home + out + in), summed over the group
 * @param grossCommutingMean     the same, averaged over the municipalities (each null = unknown: a flow of the
 *                               reference version is unknown, or its employment figures are of another year)
 */
public record CommutingCoefficient(String factId, String programmeId, String programmeName, double reportValue,
                                   String qualifier, String sourceQuote, String memberGroup,
                                   List<String> municipalities, long employedResidents,
                                   @Nullable Double withinBaSharePooled, @Nullable Double withinBaShareMean,
                                   @Nullable Double grossCommutingPooled, @Nullable Double grossCommutingMean) {
}
