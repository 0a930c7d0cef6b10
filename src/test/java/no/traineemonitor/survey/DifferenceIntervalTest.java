package no.traineemonitor.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Newcombe's hybrid score interval (1998, method 10) against the values the paper publishes and limits worked by hand. */
class DifferenceIntervalTest {

    @Test
    void reproduces_newcombe_1998_example_56_of_70_against_48_of_80() {
        // Newcombe 1998, Table II, example (a), method 10: 0.2000 (0.0524 to 0.3339)
        DifferenceInterval d = DifferenceInterval.of95(56.0 / 70, 70, 48.0 / 80, 80);
        assertThat(d.difference()).isCloseTo(0.2, within(1e-12));
        assertThat(d.low()).isCloseTo(0.0524, within(0.00005));
        assertThat(d.high()).isCloseTo(0.3339, within(0.00005));
        assertThat(d.excludesZero()).isTrue();
    }

    @Test
    void reproduces_newcombe_1998_example_9_of_10_against_3_of_10() {
        // Newcombe 1998, Table II, example (b), method 10: 0.6000 (0.1705 to 0.8090)
        DifferenceInterval d = DifferenceInterval.of95(0.9, 10, 0.3, 10);
        assertThat(d.low()).isCloseTo(0.1705, within(0.00005));
        assertThat(d.high()).isCloseTo(0.8090, within(0.00005));
    }

    @Test
    void all_against_none_reaches_one_and_stays_inside_minus_one_to_one() {
        // 10/10 against 0/20: Wilson limits 0.7225–1 and 0–0.1611, so the lower limit is
        // 1 − sqrt((1 − 0.7225)² + (0.1611 − 0)²) = 1 − 0.3209 = 0.6791 and the upper 1 + sqrt(0 + 0) = 1
        DifferenceInterval d = DifferenceInterval.of95(1, 10, 0, 20);
        assertThat(d.low()).isCloseTo(0.6791, within(0.00005));
        assertThat(d.high()).isEqualTo(1.0);
    }

    @Test
    void equal_shares_are_not_a_difference() {
        DifferenceInterval d = DifferenceInterval.of95(0.5, 40, 0.5, 60);
        assertThat(d.difference()).isZero();
        assertThat(d.low()).isNegative();
        assertThat(d.high()).isPositive();
        assertThat(d.excludesZero()).isFalse();
    }
}
