package no.traineemonitor.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private final IndicatorService service = new IndicatorService(5);

    private IndicatorResult shareOf(IndicatorService s, double x, double n) {
        IndicatorResult r = TestResults.counts("completion_rate", "p", 2020, x, n);
        return s.share(new IndicatorResult(r.indicatorId(), r.variant(), r.subjectType(), r.subjectId(), "P", 2020, 2020,
                "year", "outcome", "programme", null, "reported", "exact", null, x, n, n, null, null, false, null, "counts",
                "share", r.comparabilityKey(), false, List.of("f1"), List.of(), List.of(), null), null);
    }

    @Test
    void a_share_with_n_below_the_minimum_is_withheld_with_its_reason() {
        IndicatorResult four = shareOf(service, 3, 4);
        assertThat(four.suppressed()).isTrue();
        assertThat(four.value()).isNull();
        assertThat(four.numerator()).isNull();
        assertThat(four.n()).isNull();
        assertThat(four.ciLow()).isNull();
        assertThat(four.suppressionReason()).isEqualTo("n < 5 (small numbers are withheld)");
        assertThat(four.factIds()).containsExactly("f1"); // still traceable
    }

    @Test
    void a_share_at_the_minimum_is_shown_with_its_interval() {
        IndicatorResult five = shareOf(service, 4, 5);
        assertThat(five.suppressed()).isFalse();
        assertThat(five.value()).isEqualTo(0.8);
        assertThat(five.n()).isEqualTo(5.0);
        assertThat(five.ciLow()).isNotNull();
    }

    @Test
    void the_minimum_is_configurable() {
        assertThat(shareOf(new IndicatorService(10), 4, 5).suppressed()).isTrue();
    }
}
