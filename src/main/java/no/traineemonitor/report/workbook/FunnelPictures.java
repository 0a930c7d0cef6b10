package no.traineemonitor.report.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.traineemonitor.base.chart.ChartFactory;
import no.traineemonitor.benchmark.BenchmarkRow;
import no.traineemonitor.indicator.FunnelLimits;
import no.traineemonitor.indicator.IndicatorResult;

/**
 * Funnel plots as PNG pictures (Excel has no funnel-plot chart type): every compared programme's value against its n,
 * the pooled share and the 95 % and 99.8 % limits from the indicator code, the highlighted programmes as squares.
 */
public final class FunnelPictures {

    public static final int WIDTH = 600;
    public static final int HEIGHT = 270;

    private FunnelPictures() {
    }

    /**
     * The funnel of one benchmark row (which has limits), highlighting the given programmes, named in the legend as
     * {@code highlightedLabel}. Only values from exact counts are drawn (a funnel needs n and the count).
     */
    public static byte[] png(BenchmarkRow row, Set<String> highlighted, String highlightedLabel, String title, Texts t) {
        List<ChartFactory.FunnelPoint> points = new ArrayList<>();
        double maxN = 1;
        List<IndicatorResult> all = new ArrayList<>(row.peers());
        all.add(row.own());
        int others = 0;
        for (IndicatorResult r : all) {
            if (r.n() != null && r.value() != null && r.numerator() != null) {
                boolean mine = highlighted.contains(r.subjectId());
                points.add(new ChartFactory.FunnelPoint(r.subjectName(), r.n(), r.value(), mine));
                maxN = Math.max(maxN, r.n());
                others += mine ? 0 : 1;
            }
        }
        double p0 = java.util.Objects.requireNonNull(row.pooledPeerShare());
        var chart = ChartFactory.funnelChart(title, t.get("funnel-chart.n-axis"), row.definition().label(t.locale()),
                points, p0, FunnelLimits.curve(p0, maxN * 1.2, 60), t.locale(), t.get("funnel-chart.target"),
                t.get("funnel-chart.limit95"), t.get("funnel-chart.limit998"), t.get("funnel-chart.peers", others),
                highlightedLabel);
        return ChartFactory.png(chart, WIDTH, HEIGHT);
    }
}
