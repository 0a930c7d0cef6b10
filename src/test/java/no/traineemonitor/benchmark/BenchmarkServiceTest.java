package no.traineemonitor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorResult;
import org.junit.jupiter.api.Test;

class BenchmarkServiceTest {

    private static final IndicatorDefinition SHARE = new IndicatorDefinition("completion_rate", 4, "G", "C", "d", "d",
            "share", "a", "b", "higher_better", null);
    private static final IndicatorDefinition COST = new IndicatorDefinition("cost_per_hire_nok", 11, "K", "C", "d", "d",
            "ratio", "a", "b", "lower_better", null);

    private static IndicatorResult counts(String id, double x, double n) {
        return new IndicatorResult("completion_rate", "a", "programme", id, id, 2020, 2020, "programme", null, "reported",
                x / n, x, n, n, null, null, false, null, "counts", "share", "completion_rate|a|programme|", false,
                List.of(), List.of(), List.of());
    }

    private static IndicatorResult value(String id, double v) {
        return new IndicatorResult("cost_per_hire_nok", "a", "programme", id, id, 2020, 2020, null, null, "reported",
                v, null, null, null, null, null, false, null, "counts", "ratio", "k", false, List.of(), List.of(), List.of());
    }

    @Test
    void rank_percentile_median_and_funnel_worked_by_hand() {
        // own 18 of 20 = 0.90; peers 0.80 (40/50), 0.60 (6/10), 0.95 (19/20)
        BenchmarkRow row = BenchmarkService.compare(SHARE, counts("own", 18, 20),
                List.of(counts("a", 40, 50), counts("b", 6, 10), counts("c", 19, 20)));
        assertThat(row.rank()).isEqualTo(2);                        // only 0.95 is better
        assertThat(row.percentile()).isCloseTo(62.5, within(1e-9)); // (2 below + 0.5) / 4
        assertThat(row.peerMedian()).isCloseTo(0.80, within(1e-9)); // median of 0.60, 0.80, 0.95
        assertThat(row.differenceToMedian()).isCloseTo(0.10, within(1e-9));
        // pooled p0 = (18+40+6+19) / (20+50+10+20) = 83/100; at n = 20, se = sqrt(.83*.17/20) = 0.08399
        assertThat(row.pooledPeerShare()).isCloseTo(0.83, within(1e-9));
        assertThat(row.funnel().high95()).isCloseTo(0.83 + 1.959964 * 0.083994, within(1e-5));
        assertThat(row.funnelPosition()).isEqualTo("inside_95");
    }

    @Test
    void lower_is_better_ranks_the_cheapest_first() {
        BenchmarkRow row = BenchmarkService.compare(COST, value("own", 90_000), List.of(value("a", 100_000), value("b", 80_000)));
        assertThat(row.rank()).isEqualTo(2);
        assertThat(row.funnel()).isNull(); // not a share
    }

    @Test
    void the_latest_value_per_definition_is_used() {
        var old = counts("own", 5, 10);
        var recent = new IndicatorResult("completion_rate", "a", "programme", "own", "own", 2019, 2021, "programme", null,
                "reported", 0.7, 7.0, 10.0, 10.0, null, null, false, null, "counts", "share", "completion_rate|a|programme|",
                false, List.of(), List.of(), List.of());
        assertThat(BenchmarkService.latestPerKey(List.of(old, recent)).values()).containsExactly(recent);
    }
}
