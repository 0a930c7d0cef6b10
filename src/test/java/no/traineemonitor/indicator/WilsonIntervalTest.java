package no.traineemonitor.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WilsonIntervalTest {

    /** Newcombe (1998), "Two-sided confidence intervals for the single proportion", Stat Med 17:857-872, method 3. */
    @ParameterizedTest
    @CsvSource({
            "81, 263, 0.2553, 0.3662",
            "15, 148, 0.0624, 0.1605",
            "0, 20, 0.0000, 0.1611",
            "1, 29, 0.0061, 0.1718"})
    void matches_the_published_wilson_limits(int x, int n, double low, double high) {
        WilsonInterval ci = WilsonInterval.of95((double) x / n, n);
        assertThat(ci.low()).isCloseTo(low, within(0.00005));
        assertThat(ci.high()).isCloseTo(high, within(0.00005));
    }

    @Test
    void stays_inside_zero_and_one_for_all_or_nothing() {
        WilsonInterval all = WilsonInterval.of95(1.0, 12);
        assertThat(all.high()).isEqualTo(1.0);
        assertThat(all.low()).isCloseTo(0.7575, within(0.0001)); // 12 of 12: 0.7575 by the formula worked by hand
    }
}
