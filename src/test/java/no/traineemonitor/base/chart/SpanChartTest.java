package no.traineemonitor.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import no.traineemonitor.base.chart.ChartFactory.SpanKind;
import no.traineemonitor.base.chart.ChartFactory.SpanValue;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/**
 * Values that are not one-year values are drawn as what they are: Trainee Salten's completion 71 of 78 = 0,910 over
 * 2006–2020 is one horizontal segment from the start of 2006 to the end of 2020; an open span ending 2020 (KOM Trainee's
 * "about a third" still in the region) and a point in time (members in autumn 2020) are single marks at 2020. Each is its
 * own series (its own legend entry), so nothing is joined to anything.
 */
class SpanChartTest {

    @Test
    void a_multi_year_value_is_a_segment_across_its_years_and_the_others_single_marks_never_joined() {
        JFreeChart chart = ChartFactory.spanChart(null, "Andel", List.of(
                new SpanValue("Trainee Salten: 2006–2020 (flere år)", SpanKind.MULTI_YEAR, 2006, 2020, 71.0 / 78, false),
                new SpanValue("KOM Trainee: fram til 2020", SpanKind.OPEN_ENDED, null, 2020, 0.333, false),
                new SpanValue("Trainee Salten: høsten 2020", SpanKind.POINT, 2020, 2020, 18.0 / 42, true)), true, Locale.ROOT);
        XYPlot plot = chart.getXYPlot();
        XYDataset data = plot.getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(3);
        assertThat(data.getSeriesKey(0)).isEqualTo("Trainee Salten: 2006–2020 (flere år)");
        assertThat(data.getItemCount(0)).isEqualTo(2);
        assertThat(data.getXValue(0, 0)).isEqualTo(2005.55, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(data.getXValue(0, 1)).isEqualTo(2020.45, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(data.getYValue(0, 0)).isEqualTo(data.getYValue(0, 1)).isEqualTo(0.91025641, org.assertj.core.data.Offset.offset(1e-8));
        assertThat(data.getItemCount(1)).isEqualTo(1);
        assertThat(data.getXValue(1, 0)).isEqualTo(2020.0);
        assertThat(data.getItemCount(2)).isEqualTo(1);
        assertThat(data.getYValue(2, 0)).isEqualTo(18.0 / 42);
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        assertThat(renderer.getSeriesLinesVisible(0)).isTrue();
        assertThat(renderer.getSeriesLinesVisible(1)).isFalse();
        assertThat(renderer.getSeriesLinesVisible(2)).isFalse();
        assertThat(chart.getLegend()).isNotNull();
        // the years axis covers 2006 to 2020 whole
        assertThat(plot.getDomainAxis().getLowerBound()).isEqualTo(2005.5);
        assertThat(plot.getDomainAxis().getUpperBound()).isEqualTo(2020.5);
    }
}
