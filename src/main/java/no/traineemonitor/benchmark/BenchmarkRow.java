package no.traineemonitor.benchmark;

import java.util.List;
import no.traineemonitor.indicator.FunnelLimits;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorResult;
import org.jspecify.annotations.Nullable;

/**
 * One indicator of a programme against its peers' values of the same comparability key (definition, period kind,
 * figure kind and qualifier class). Rank, percentile, median and funnel are present only when enough peers have a
 * comparable value ({@link Benchmark#minimumPeers()}); otherwise the values are shown side by side.
 *
 * @param peers          the comparable values of the peers (each peer's latest of this key)
 * @param rank           1 = best (by the indicator's direction; for context indicators, highest value first)
 * @param percentile     share of the compared values (own included) below the programme's, equal ones counting half, 0-100
 * @param pooledPeerShare for share indicators from exact counts: pooled proportion of the programme and its peers (funnel target)
 * @param funnel         the 95 % / 99.8 % limits at the programme's n, when the funnel applies
 * @param funnelPosition inside_95 | above_95 | below_95 | above_998 | below_998, or NULL
 */
public record BenchmarkRow(IndicatorDefinition definition, IndicatorResult own, List<IndicatorResult> peers,
                           @Nullable Integer rank, @Nullable Double percentile, @Nullable Double peerMedian,
                           @Nullable Double differenceToMedian, @Nullable Double pooledPeerShare,
                           @Nullable FunnelLimits funnel, @Nullable String funnelPosition) {

    /** Values compared, the programme's own included. */
    public int comparedCount() {
        return peers.size() + 1;
    }

    public boolean ranked() {
        return rank != null;
    }
}
