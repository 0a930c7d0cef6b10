package no.traineemonitor.report.workbook;

import java.util.ArrayList;
import java.util.List;
import no.traineemonitor.benchmark.Benchmark;
import no.traineemonitor.benchmark.BenchmarkRow;
import no.traineemonitor.benchmark.ProgrammeProfile;
import no.traineemonitor.indicator.IndicatorResult;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Programmes against their peers (BenchmarkService, the same as the benchmark page): rank, percentile, peer median,
 * difference and funnel position per comparable indicator (the funnel plots are on {@link FunnelSheet}).
 */
public final class BenchmarkSheet {

    private BenchmarkSheet() {
    }

    /** The county report: every programme of the county against all other programmes of its type. */
    public static void county(XSSFWorkbook wb, CellStyles s, Texts t, String subject, List<Benchmark> benchmarks) {
        SheetWriter w = new SheetWriter(wb, t.get("sheet.benchmark"), s);
        w.widths(24, 26, 16, 10, 9, 7, 14, 6, 6, 10, 11, 12, 22);
        w.title(t.get("benchmark.title-county", subject)).subtitle(t.get("benchmark.subtitle-county"));
        List<String> header = new ArrayList<>(List.of(t.get("col.programme")));
        header.addAll(rowHeaders(t));
        w.header(header);
        for (Benchmark b : benchmarks) {
            for (BenchmarkRow r : b.comparable()) {
                writeRow(w.row().wrap(b.programme().name()), r, s, t);
            }
        }
        if (benchmarks.stream().allMatch(b -> b.comparable().isEmpty())) {
            w.row().text(t.get("benchmark.none-county"));
        }
        w.endTable();
        w.note(t.get("benchmark.note"));
        w.print(true, t.get("benchmark.title-county", subject), t);
    }

    /** The programme report: one programme against its peer group, with a native chart of its percentiles. */
    public static void programme(XSSFWorkbook wb, CellStyles s, Texts t, Benchmark b,
                                 java.util.function.Function<String, no.traineemonitor.indicator.IndicatorDefinition> definitions) {
        ProgrammeProfile own = b.programme();
        SheetWriter w = new SheetWriter(wb, t.get("sheet.benchmark"), s);
        w.widths(26, 16, 10, 9, 7, 14, 6, 6, 10, 11, 12, 22);
        w.title(t.get("benchmark.title-programme", own.name()));
        w.subtitle(t.get("benchmark.peers", t.word("group", b.group().urlValue()), b.peers().size()));
        w.note(String.join(", ", b.peers().stream().map(ProgrammeProfile::name).toList()));
        w.header(rowHeaders(t));
        int first = w.rowIndex();
        for (BenchmarkRow r : b.comparable()) {
            writeRow(w.row(), r, s, t);
        }
        int last = w.rowIndex() - 1;
        if (b.comparable().isEmpty()) {
            w.row().text(t.get("benchmark.none-comparable"));
        }
        w.endTable();
        w.note(t.get("benchmark.note"));
        if (!b.comparable().isEmpty()) {
            w.blank();
            int height = Math.max(10, 4 + 2 * b.comparable().size());
            int chartRow = w.reserve(height);
            // categories: the indicator column; values: the percentile column (index 8 of rowHeaders)
            var chart = NativeCharts.bar((XSSFSheet) w.sheet(), 0, chartRow, 8, height, t.get("benchmark.percentile-chart", own.name()),
                    t.get("col.indicator"), t.get("col.percentile"), "0", new CellRangeAddress(first, last, 0, 0),
                    List.of(new NativeCharts.Series(first - 1, 8, new CellRangeAddress(first, last, 8, 8))),
                    true, false, 25.0);
            chart.getAxes().stream().filter(a -> a instanceof org.apache.poi.xddf.usermodel.chart.XDDFValueAxis)
                    .forEach(a -> { // percentiles run from 0 to 100
                        a.setMinimum(0);
                        a.setMaximum(100);
                    });
            w.blank();
        }
        w.pageBreak().heading(t.get("benchmark.incomparable"));
        w.note(t.get("benchmark.incomparable-note"));
        if (b.incomparable().isEmpty()) {
            w.note(t.get("benchmark.all-comparable"));
        } else {
            w.header(List.of(t.get("col.indicator"), t.get("col.definition"), t.get("col.period"), t.get("col.value"),
                    "n", t.get("col.qualifier"), t.get("col.facts")));
            for (IndicatorResult r : b.incomparable()) {
                w.row().wrap(IndicatorCells.label(definitions.apply(r.indicatorId()), r.indicatorId(), t)).wrap(IndicatorCells.definition(r, t)).text(IndicatorCells.period(r))
                        .number(r.value(), IndicatorCells.valueStyle(r.indicatorId(), r.kind(), s)).integer(r.n())
                        .text(t.word("qualifier", r.qualifier())).wrap(IndicatorCells.facts(r));
            }
            w.endTable();
        }
        w.print(true, t.get("benchmark.title-programme", own.name()), t);
    }

    private static List<String> rowHeaders(Texts t) {
        return List.of(t.get("col.indicator"), t.get("col.definition"), t.get("col.period"), t.get("col.value"), "n",
                t.get("col.qualifier"), t.get("col.rank"), t.get("col.of"), t.get("col.percentile"),
                t.get("col.peer-median"), t.get("col.difference"), t.get("col.funnel"));
    }

    private static void writeRow(SheetWriter.RowWriter row, BenchmarkRow r, CellStyles s, Texts t) {
        IndicatorResult own = r.own();
        var style = IndicatorCells.valueStyle(own.indicatorId(), own.kind(), s);
        row.wrap(r.definition().label(t.locale())).wrap(IndicatorCells.definition(own, t)).text(IndicatorCells.period(own))
                .number(own.value(), style).integer(own.n()).wrap(t.word("qualifier", own.qualifier()))
                .integer(r.rank()).integer(r.comparedCount()).number(r.percentile(), s.integer)
                .number(r.peerMedian(), style).number(difference(r), s.signed)
                .wrap(r.funnelPosition() == null ? "" : t.word("funnel", r.funnelPosition()));
    }

    /** The difference to the peer median: percentage points for shares, the indicator's unit otherwise. */
    private static @Nullable Double difference(BenchmarkRow r) {
        Double d = r.differenceToMedian();
        if (d == null) {
            return null;
        }
        return r.own().kind().equals("share") ? d * 100 : d;
    }

}
