package no.traineemonitor.benchmark;

import java.util.List;
import no.traineemonitor.indicator.IndicatorResult;
import org.jspecify.annotations.Nullable;

/**
 * A programme against a peer group, like with like only (docs/how-we-compare.md).
 *
 * @param ranked       indicators with at least the minimum number of comparable peer values: rank, percentile, median
 * @param tooFew       indicators with comparable peer values, but fewer than the minimum: values side by side, no rank
 * @param unmatched    the programme's rankable values that no peer reports in the same way
 * @param apart        values never ranked: ranges, one-sided bounds, values the sources disagree on
 * @param intentions   targets, plans and models, each beside the programme's latest outcome of the same definition
 * @param joint        statements about several programmes that name this one: one figure for the group, never ranked
 * @param minimumPeers how many comparable peer values a rank needs
 */
public record Benchmark(ProgrammeProfile programme, PeerGroup group, List<ProgrammeProfile> peers,
                        List<BenchmarkRow> ranked, List<BenchmarkRow> tooFew, List<IndicatorResult> unmatched,
                        List<IndicatorResult> apart, List<Intention> intentions, List<IndicatorResult> joint,
                        int minimumPeers) {

    /** A target, plan or model and the outcome it can be read against (NULL when the programme reports none). */
    public record Intention(IndicatorResult intention, @Nullable IndicatorResult outcome) {
    }

    /** Every row with peer values, ranked or not. */
    public List<BenchmarkRow> compared() {
        return java.util.stream.Stream.concat(ranked.stream(), tooFew.stream()).toList();
    }
}
