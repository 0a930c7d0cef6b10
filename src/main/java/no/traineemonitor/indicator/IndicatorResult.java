package no.traineemonitor.indicator;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One indicator value, ready to show or export: what it is about, its value with n and 95 % interval, how it was
 * obtained (basis, qualifier, facts), what kind of figure it is and whether it is withheld. A suppressed result carries
 * no value, numerator, denominator or interval: only the reason. The rules of comparison: docs/how-we-compare.md.
 *
 * @param subjectType       programme | programme_group (one statement about several programmes) | national |
 *                          county_2020 | county_2024 | ba_region | municipality | selection | all | county | centrality_class
 * @param subjectId         a programme id; for a group, the programme ids space-separated; a region code
 * @param periodKind        year | multi_year | point | open_ended
 * @param figureKind        outcome | target | plan | model
 * @param qualifierClass    exact | approximate | estimate | range | bound | budget: only values of one class are compared
 * @param basis             counts | reported_percent | reported_value | pooled | pooled_latest
 * @param n                 the denominator of a share (units the share is of); NULL when the source does not give it
 * @param ciLow             95 % Wilson interval, only where the source gives numerator and denominator as exact counts
 * @param comparabilityKey  indicator|variant|scope|horizon|period kind|figure kind|qualifier class: only results with
 *                          the same key are ranked, pooled or drawn together
 * @param conflicting       several values for the same subject, definition and period: the sources disagree
 * @param programmes        for pooled results, the programmes that contributed
 * @param programmesLeftOut for pooled results, the programmes of the region without a usable value
 * @param peers             how many comparable values of other programmes a rank could rest on (for a programme's
 *                          outcome), or how many programmes a pooled value rests on; NULL when the value is never ranked
 */
public record IndicatorResult(
        String indicatorId,
        String variant,
        String subjectType,
        String subjectId,
        String subjectName,
        @Nullable Integer periodStart,
        @Nullable Integer periodEnd,
        String periodKind,
        String figureKind,
        @Nullable String scope,
        @Nullable String horizon,
        String qualifier,
        String qualifierClass,
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
        List<String> programmesLeftOut,
        @Nullable Integer peers) {

    /** Kept compactly: many thousands of results are held in memory as computed states (see {@link Compact}). */
    public IndicatorResult {
        periodStart = Compact.integer(periodStart);
        periodEnd = Compact.integer(periodEnd);
        peers = Compact.integer(peers);
        value = Compact.number(value);
        numerator = Compact.number(numerator);
        denominator = Compact.number(denominator);
        n = Compact.number(n);
        factIds = Compact.texts(factIds);
        programmes = Compact.texts(programmes);
        programmesLeftOut = Compact.texts(programmesLeftOut);
    }

    /** Qualifier classes whose values are points that can be ranked (ranges and one-sided bounds cannot). */
    public static final Set<String> POINT_CLASSES = Set.of("exact", "approximate", "estimate");

    public boolean hasValue() {
        return value != null && !suppressed;
    }

    /** The programmes one statement is about, when it is about several; empty otherwise. */
    public List<String> statementProgrammes() {
        return "programme_group".equals(subjectType) ? List.of(subjectId.split(" ")) : List.of();
    }

    /** True for a target, plan or model: shown beside outcomes, never among them. */
    public boolean isIntention() {
        return !"outcome".equals(figureKind);
    }

    /**
     * May this value be ranked against other programmes' values of the same key: one programme's outcome, a point
     * value (not a range or bound), known and undisputed.
     */
    public boolean rankable() {
        return "programme".equals(subjectType) && "outcome".equals(figureKind) && POINT_CLASSES.contains(qualifierClass)
                && hasValue() && !conflicting;
    }

    public IndicatorResult withPeers(@Nullable Integer count) {
        return new IndicatorResult(indicatorId, variant, subjectType, subjectId, subjectName, periodStart, periodEnd,
                periodKind, figureKind, scope, horizon, qualifier, qualifierClass, value, numerator, denominator, n,
                ciLow, ciHigh, suppressed, suppressionReason, basis, kind, comparabilityKey, conflicting, factIds,
                programmes, programmesLeftOut, count);
    }

    /** The fact ids behind these values, each once (what a table or sheet of them names as its sources). */
    public static List<String> factIdsOf(java.util.Collection<IndicatorResult> results) {
        return results.stream().flatMap(r -> r.factIds().stream()).distinct().toList();
    }
}
