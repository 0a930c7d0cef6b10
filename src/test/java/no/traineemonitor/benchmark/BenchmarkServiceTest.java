package no.traineemonitor.benchmark;

import static no.traineemonitor.indicator.TestResults.counts;
import static no.traineemonitor.indicator.TestResults.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.TestResults;
import org.junit.jupiter.api.Test;

class BenchmarkServiceTest {

    private static final IndicatorDefinition SHARE = new IndicatorDefinition("completion_rate", 4, "G", "C", "d", "d",
            "share", "a", "b", "higher_better", null);
    private static final IndicatorDefinition COST = new IndicatorDefinition("cost_per_hire_nok", 11, "K", "C", "d", "d",
            "ratio", "a", "b", "lower_better", null);

    private static IndicatorResult completion(String id, double x, double n) {
        return counts("completion_rate", id, 2020, x, n);
    }

    @Test
    void rank_percentile_median_and_funnel_worked_by_hand() {
        // own 18 of 20 = 0.90; peers 0.80 (40/50), 0.60 (6/10), 0.95 (19/20), 0.70 (14/20)
        BenchmarkRow row = BenchmarkService.compare(SHARE, completion("own", 18, 20),
                List.of(completion("a", 40, 50), completion("b", 6, 10), completion("c", 19, 20), completion("d", 14, 20)), 4);
        assertThat(row.ranked()).isTrue();
        assertThat(row.rank()).isEqualTo(2);                        // only 0.95 is better
        assertThat(row.comparedCount()).isEqualTo(5);
        assertThat(row.percentile()).isCloseTo(70.0, within(1e-9)); // (3 below + 0.5) / 5
        assertThat(row.peerMedian()).isCloseTo(0.75, within(1e-9)); // median of 0.60, 0.70, 0.80, 0.95
        assertThat(row.differenceToMedian()).isCloseTo(0.15, within(1e-9));
        // pooled p0 = (18+40+6+19+14) / (20+50+10+20+20) = 97/120; at n = 20, se = sqrt(p0 (1-p0) / 20)
        double p0 = 97.0 / 120;
        assertThat(row.pooledPeerShare()).isCloseTo(p0, within(1e-9));
        assertThat(row.funnel().high95()).isCloseTo(p0 + 1.959964 * Math.sqrt(p0 * (1 - p0) / 20), within(1e-5));
        assertThat(row.funnelPosition()).isEqualTo("inside_95");
    }

    @Test
    void with_fewer_peers_than_the_minimum_there_is_no_rank_median_or_funnel_only_the_values() {
        BenchmarkRow row = BenchmarkService.compare(SHARE, completion("own", 18, 20),
                List.of(completion("a", 40, 50), completion("b", 6, 10), completion("c", 19, 20)), 4);
        assertThat(row.ranked()).isFalse();
        assertThat(row.rank()).isNull();
        assertThat(row.percentile()).isNull();
        assertThat(row.peerMedian()).isNull();
        assertThat(row.funnel()).isNull();
        assertThat(row.peers()).hasSize(3); // shown side by side
    }

    @Test
    void lower_is_better_ranks_the_cheapest_first() {
        BenchmarkRow row = BenchmarkService.compare(COST, value("cost_per_hire_nok", "own", 2020, 90_000),
                List.of(value("cost_per_hire_nok", "a", 2020, 100_000), value("cost_per_hire_nok", "b", 2020, 80_000),
                        value("cost_per_hire_nok", "c", 2020, 120_000), value("cost_per_hire_nok", "d", 2020, 95_000)), 4);
        assertThat(row.rank()).isEqualTo(2);
        assertThat(row.funnel()).isNull(); // not a share
    }

    @Test
    void the_latest_value_per_definition_is_used() {
        var old = completion("own", 5, 10);
        var recent = TestResults.result("completion_rate", "own", 2021, 2021, "year", "outcome", "reported", 0.7, 7.0, 10.0,
                "counts");
        assertThat(BenchmarkService.latestPerKey(List.of(old, recent)).values()).containsExactly(recent);
    }
}
