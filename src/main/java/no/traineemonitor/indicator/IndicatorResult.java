package no.traineemonitor.indicator;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One indicator value, ready to show or export: what it is about, its value with n and 95 % interval, how it was
 * obtained (basis, qualifier, facts) and whether it is withheld. A suppressed result carries no value, numerator,
 * denominator or interval: only the reason.
 *
 * @param subjectType       programme | national | county | county_2020 | ba_region | centrality_class | all
 * @param basis             counts | reported_percent | reported_value | pooled
 * @param n                 the denominator of a share (units the share is of); NULL when the source does not give it
 * @param comparabilityKey  indicator|variant|scope|horizon: only results with the same key are compared
 * @param conflicting       several values for the same subject, key and period: the sources disagree
 * @param programmes        for pooled results, the programmes that contributed
 * @param programmesLeftOut for pooled results, the programmes of the region without a usable value
 */
public record IndicatorResult(
        String indicatorId,
        String variant,
        String subjectType,
        String subjectId,
        String subjectName,
        @Nullable Integer periodStart,
        @Nullable Integer periodEnd,
        @Nullable String scope,
        @Nullable String horizon,
        String qualifier,
        @Nullable Double value,
        @Nullable Double numerator,
        @Nullable Double denominator,
        @Nullable Double n,
        @Nullable Double ciLow,
        @Nullable Double ciHigh,
        boolean suppressed,
        @Nullable String suppressionReason,
        String basis,
        String kind,
        String comparabilityKey,
        boolean conflicting,
        List<String> factIds,
        List<String> programmes,
        List<String> programmesLeftOut) {

    public boolean hasValue() {
        return value != null && !suppressed;
    }
}
