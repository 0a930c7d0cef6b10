package no.traineemonitor.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FunnelLimitsTest {

    @Test
    void limits_around_80_percent_at_n_100_worked_by_hand() {
        // se = sqrt(0.8 * 0.2 / 100) = 0.04; 1.96 * 0.04 = 0.0784; 3.09 * 0.04 = 0.1236
        FunnelLimits limits = FunnelLimits.at(0.8, 100);
        assertThat(limits.low95()).isCloseTo(0.7216, within(0.0001));
        assertThat(limits.high95()).isCloseTo(0.8784, within(0.0001));
        assertThat(limits.low998()).isCloseTo(0.6764, within(0.0001));
        assertThat(limits.high998()).isCloseTo(0.9236, within(0.0001));
        assertThat(limits.position(0.85)).isEqualTo("inside_95");
        assertThat(limits.position(0.90)).isEqualTo("above_95");
        assertThat(limits.position(0.60)).isEqualTo("below_998");
    }

    @Test
    void a_small_programme_gets_wide_limits_so_it_is_not_called_an_outlier_by_chance() {
        FunnelLimits small = FunnelLimits.at(0.8, 6);
        assertThat(small.position(0.5)).isEqualTo("inside_95"); // 3 of 6 is within chance of 80 %
        assertThat(FunnelLimits.at(0.8, 600).position(0.5)).isEqualTo("below_998");
        assertThat(small.high95()).isEqualTo(1.0); // clipped
    }
}
