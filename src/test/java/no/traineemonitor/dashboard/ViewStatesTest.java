package no.traineemonitor.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import no.traineemonitor.benchmark.BenchmarkService;
import no.traineemonitor.indicator.IndicatorService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The states computed ahead after a load: the whole country and the 15 counties of 2024 (reference/ KLASS 131), each
 * with its overview, coverage page and every indicator's explorer values; every programme against each of the four
 * peer groups. A newer data change stops the work between two states.
 */
@SpringBootTest
class ViewStatesTest {

    @Autowired
    ViewStates states;
    @Autowired
    IndicatorService indicators;
    @Autowired
    BenchmarkService benchmarks;

    @Test
    void every_county_and_the_country_with_every_indicator_and_every_programme_per_peer_group() {
        assertThat(states.counties(() -> { }).states()).isEqualTo(16 * (2 + indicators.catalogue().size()));
        assertThat(states.benchmarks(() -> { }).states()).isEqualTo(4 * benchmarks.profiles().size());
    }

    @Test
    void a_newer_data_change_stops_the_work_between_two_states() {
        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() -> states.counties(() -> {
            if (asked.incrementAndGet() == 3) {
                throw new IllegalStateException("the data changed again");
            }
        })).hasMessage("the data changed again");
        assertThat(asked).hasValue(3);
    }
}
