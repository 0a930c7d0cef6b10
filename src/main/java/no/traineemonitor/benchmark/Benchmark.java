package no.traineemonitor.benchmark;

import java.util.List;
import no.traineemonitor.indicator.IndicatorResult;

/**
 * A programme against a peer group: the comparable indicators (same definition reported by at least one peer) and,
 * apart, its values that no peer reports in the same way (never ranked).
 */
public record Benchmark(ProgrammeProfile programme, PeerGroup group, List<ProgrammeProfile> peers,
                        List<BenchmarkRow> comparable, List<IndicatorResult> incomparable) {
}
