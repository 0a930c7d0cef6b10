package no.traineemonitor.report.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.traineemonitor.benchmark.BenchmarkRow;
import no.traineemonitor.indicator.FunnelLimits;
import no.traineemonitor.indicator.IndicatorResult;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Funnel plots on a landscape page, each a native scatter chart that reads its numbers from the table beside it: every
 * compared programme's n and value with the 95 % and 99.8 % limits at that n around the pooled share, and under it the
 * limits along the funnel (the lines drawn). The chart and the table cannot disagree, and a reader can check one with
 * the other. A plot and its table are kept on one page (a page break goes before a plot that would not fit).
 */
public final class FunnelSheet {

    /** At most this many plots. */
    static final int MAX_FUNNELS = 8;
    /** The chart covers columns 0-6 and this many rows; the table starts at column 8. */
    static final int CHART_ROWS = 19;
    static final int TABLE_COLUMN = 8;
    /** Points along the funnel's limits (log-spaced n, as the funnel bends at small n). */
    static final int CURVE_STEPS = 12;
    static final int[] WIDTHS = {11, 11, 11, 11, 11, 11, 11, 2, 22, 7, 9, 9, 9, 9, 9};

    private FunnelSheet() {
    }

    /**
     * @param rows        one benchmark row per plot (each with funnel limits)
     * @param highlighted programme ids drawn as squares
     * @param who         the highlighted programme(s), for the note and the legend
     * @param ownPosition whether to say where the (single) highlighted programme lies
     */
    public static void write(XSSFWorkbook wb, CellStyles s, Texts t, String subject, List<BenchmarkRow> rows,
                             Set<String> highlighted, String who, boolean ownPosition, SheetMetadata meta) {
        SheetWriter w = new SheetWriter(wb, t.get("sheet.funnels"), s);
        w.widths(WIDTHS);
        w.title(t.get("funnels.title", subject)).note(t.get("benchmark.funnels-note", who));
        if (rows.isEmpty()) {
            w.blank().note(t.get("benchmark.no-funnel"));
        }
        float page = w.pageHeightPt(true);
        int pageStart = 0;
        int shown = 0;
        for (BenchmarkRow r : rows) {
            if (shown == MAX_FUNNELS) {
                w.note(t.get("benchmark.more-funnels", rows.size() - MAX_FUNNELS));
                break;
            }
            List<IndicatorResult> points = points(r, highlighted);
            int tableRows = points.size() + 2 + 2 + CURVE_STEPS + 2;
            int blockRows = 2 + Math.max(CHART_ROWS, tableRows);
            if (shown > 0 && w.heightPt(pageStart, w.rowIndex() - 1) + blockRows * 15f + 10 > page) {
                w.pageBreak();
                pageStart = w.rowIndex();
            }
            shown++;
            String definition = IndicatorCells.definition(r.own(), t);
            String title = r.definition().label(t.locale()) + (definition.isEmpty() ? "" : " (" + definition + ")");
            w.blank().heading(ownPosition ? title + ": " + t.get("benchmark.funnel-caption", IndicatorCells.period(r.own(), t),
                    t.word("funnel", Objects.requireNonNull(r.funnelPosition()))) : title);
            int first = w.rowIndex();
            w.reserve(Math.max(CHART_ROWS, tableRows));
            Tables at = tables(w, s, t, r, points, highlighted, first);
            chart(w, t, r, title, who, at, Math.max(CHART_ROWS, tableRows));
        }
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        rows.stream().limit(MAX_FUNNELS).forEach(r -> ids.addAll(no.traineemonitor.indicator.IndicatorResult.factIdsOf(points(r, highlighted))));
        w.about(meta.about(t.get("sheet.funnels"), "benchmark", ids));
        w.print(true, t.get("funnels.title", subject), t);
    }

    /** The values drawn: those from exact counts (n and numerator); the highlighted first, then by n. */
    static List<IndicatorResult> points(BenchmarkRow r, Set<String> highlighted) {
        List<IndicatorResult> all = new ArrayList<>(r.peers());
        all.add(r.own());
        return all.stream().filter(x -> x.n() != null && x.value() != null && x.numerator() != null)
                .sorted(Comparator.comparing((IndicatorResult x) -> !highlighted.contains(x.subjectId()))
                        .thenComparing(IndicatorResult::n).thenComparing(IndicatorResult::subjectName)).toList();
    }

    /** Where the chart's numbers stand: the rows of the highlighted and other programmes, and of the curve. */
    private record Tables(int ownFirst, int ownLast, int peerFirst, int peerLast, int curveFirst, int curveLast,
                          double yMin, double yMax) {
    }

    /**
     * Beside the chart: programme, n, value and the limits at its n, the pooled share under it; then the limits along
     * the funnel from n = 1 to a little past the largest n (the lines of the chart).
     */
    private static Tables tables(SheetWriter w, CellStyles s, Texts t, BenchmarkRow r, List<IndicatorResult> points,
                                 Set<String> highlighted, int first) {
        double p0 = Objects.requireNonNull(r.pooledPeerShare());
        w.headerAt(first, TABLE_COLUMN, List.of(t.get("col.programme"), "n", t.get("col.value"), t.get("funnels.low95"),
                t.get("funnels.high95"), t.get("funnels.low998"), t.get("funnels.high998")));
        int row = first + 1;
        int own = 0;
        double maxN = 1;
        double low = p0;
        double high = p0;
        for (IndicatorResult x : points) {
            FunnelLimits l = FunnelLimits.at(p0, Objects.requireNonNull(x.n()));
            boolean mine = highlighted.contains(x.subjectId());
            own += mine ? 1 : 0;
            maxN = Math.max(maxN, x.n());
            low = Math.min(low, Objects.requireNonNull(x.value()));
            high = Math.max(high, x.value());
            w.rowAt(row++, TABLE_COLUMN).text(x.subjectName() + (mine ? " ■" : ""), mine ? s.label : s.text)
                    .integer(x.n()).percent(x.value()).percent(l.low95()).percent(l.high95()).percent(l.low998())
                    .percent(l.high998());
        }
        int pointsFirst = first + 1;
        w.rowAt(row, TABLE_COLUMN).text(t.get("funnels.pooled"), s.label).blank().percent(p0);
        int curveHeader = row + 2;
        w.rowAt(curveHeader, TABLE_COLUMN).text(t.get("funnels.curve"), s.label);
        w.headerAt(curveHeader + 1, TABLE_COLUMN, List.of("", "n", t.get("funnels.pooled-short"), t.get("funnels.low95"),
                t.get("funnels.high95"), t.get("funnels.low998"), t.get("funnels.high998")));
        int c = curveHeader + 2;
        List<double[]> curve = FunnelLimits.curve(p0, maxN * 1.2, CURVE_STEPS - 1);
        for (double[] limits : curve) {
            w.rowAt(c++, TABLE_COLUMN).blank().number(limits[0], s.flexible).percent(p0).percent(limits[1])
                    .percent(limits[2]).percent(limits[3]).percent(limits[4]);
            low = Math.min(low, limits[3]);
            high = Math.max(high, limits[4]);
        }
        // the y axis spans the values and the 99.8 % limits, in whole tenths (0 % to 100 % at most)
        double yMin = Math.max(0, Math.floor(low * 10) / 10);
        double yMax = Math.min(1, Math.ceil(high * 10) / 10);
        return new Tables(pointsFirst, pointsFirst + own - 1, pointsFirst + own, pointsFirst + points.size() - 1,
                curveHeader + 2, c - 1, yMin, yMax == yMin ? yMin + 0.1 : yMax);
    }

    /** The scatter chart over the tables: other programmes as dots, the highlighted as squares, the funnel's lines. */
    private static void chart(SheetWriter w, Texts t, BenchmarkRow r, String title, String who, Tables at, int rows) {
        int n = TABLE_COLUMN + 1;
        List<NativeCharts.ScatterSeries> series = new ArrayList<>();
        if (at.peerLast() >= at.peerFirst()) {
            series.add(new NativeCharts.ScatterSeries(t.get("funnel-chart.peers", at.peerLast() - at.peerFirst() + 1),
                    column(at.peerFirst(), at.peerLast(), n), column(at.peerFirst(), at.peerLast(), n + 1),
                    NativeCharts.Look.CIRCLES, 2, true));
        }
        if (at.ownLast() >= at.ownFirst()) {
            series.add(new NativeCharts.ScatterSeries(who, column(at.ownFirst(), at.ownLast(), n),
                    column(at.ownFirst(), at.ownLast(), n + 1), NativeCharts.Look.SQUARES, 0, true));
        }
        CellRangeAddress curveN = column(at.curveFirst(), at.curveLast(), n);
        series.add(new NativeCharts.ScatterSeries(t.get("funnel-chart.target"), curveN,
                column(at.curveFirst(), at.curveLast(), n + 1), NativeCharts.Look.SOLID_LINE, 3, true));
        for (int limit = 0; limit < 4; limit++) { // low and high 95 % dashed, low and high 99.8 % dotted
            boolean inner = limit < 2;
            series.add(new NativeCharts.ScatterSeries(t.get(inner ? "funnel-chart.limit95" : "funnel-chart.limit998"),
                    curveN, column(at.curveFirst(), at.curveLast(), n + 2 + limit),
                    inner ? NativeCharts.Look.DASHED_LINE : NativeCharts.Look.DOTTED_LINE, inner ? 5 : 1, limit % 2 == 0));
        }
        NativeCharts.scatter((XSSFSheet) w.sheet(), 0, at.ownFirst() - 1, 7, rows, title,
                t.get("funnel-chart.n-axis"), r.definition().label(t.locale()), "0%", at.yMin(), at.yMax(), series);
    }

    private static CellRangeAddress column(int firstRow, int lastRow, int col) {
        return new CellRangeAddress(firstRow, lastRow, col, col);
    }
}
