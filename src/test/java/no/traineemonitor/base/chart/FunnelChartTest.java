package no.traineemonitor.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import no.traineemonitor.base.chart.ChartFactory.FunnelPoint;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/**
 * A funnel plot draws each place once: peers at the same n and share are one dot (at 10 M synthetic facts 4 700 peers
 * share far fewer places, and every dot is an element of the page). The programme itself is always drawn, also where a
 * peer sits.
 */
class FunnelChartTest {

    @Test
    void peers_at_the_same_place_are_one_dot_and_the_programme_is_always_drawn() {
        List<FunnelPoint> points = List.of(
                new FunnelPoint("A", 20, 0.5, false),
                new FunnelPoint("B", 20, 0.5, false),   // same place as A
                new FunnelPoint("C", 20, 0.55, false),
                new FunnelPoint("D", 40, 0.5, false),
                new FunnelPoint("E", 40, 0.5, false),   // same place as D
                new FunnelPoint("Own", 20, 0.5, true));  // where A and B are
        JFreeChart chart = ChartFactory.funnelChart("t", "n", "share", points, 0.5,
                List.of(new double[] {10, 0.2, 0.8, 0.1, 0.9}, new double[] {50, 0.36, 0.64, 0.29, 0.71}), Locale.ROOT,
                "p0", "95 %", "99.8 %", "peers (5)", "own");
        XYDataset data = chart.getXYPlot().getDataset();
        assertThat(data.getItemCount(0)).as("peer dots").isEqualTo(3);
        assertThat(data.getXValue(0, 0)).isEqualTo(20.0);
        assertThat(data.getYValue(0, 1)).isEqualTo(0.55);
        assertThat(data.getXValue(0, 2)).isEqualTo(40.0);
        assertThat(data.getItemCount(1)).as("the programme").isEqualTo(1);
        assertThat(data.getYValue(1, 0)).isEqualTo(0.5);
        assertThat(data.getSeriesKey(0)).isEqualTo("peers (5)");
    }
}
