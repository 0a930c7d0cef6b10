package no.traineemonitor.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private final IndicatorService service = new IndicatorService(5);

    private IndicatorResult shareOf(double x, double n) {
        return service.share("completion_rate", "a", "programme", "p", "P", 2020, 2020, "programme", null, "reported",
                x, n, null, "counts", "completion_rate|a|programme|", false, List.of("f1"), List.of(), List.of());
    }

    @Test
    void a_share_with_n_below_the_minimum_is_withheld_with_its_reason() {
        IndicatorResult four = shareOf(3, 4);
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
        IndicatorResult five = shareOf(4, 5);
        assertThat(five.suppressed()).isFalse();
        assertThat(five.value()).isEqualTo(0.8);
        assertThat(five.n()).isEqualTo(5.0);
        assertThat(five.ciLow()).isNotNull();
    }

    @Test
    void the_minimum_is_configurable() {
        var strict = new IndicatorService(10);
        assertThat(strict.share("x", "a", "programme", "p", "P", null, null, null, null, "reported", 4.0, 5.0, null,
                "counts", "k", false, List.of(), List.of(), List.of()).suppressed()).isTrue();
    }
}
