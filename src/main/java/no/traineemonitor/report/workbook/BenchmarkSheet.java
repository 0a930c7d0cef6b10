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
    public static void county(XSSFWorkbook wb, CellStyles s, Texts t, String subject, List<Benchmark> benchmarks,
                              SheetMetadata meta) {
        SheetWriter w = new SheetWriter(wb, t.get("sheet.benchmark"), s);
        w.widths(22, 24, 16, 12, 9, 6, 12, 13, 6, 5, 10, 10, 11, 22);
        w.title(t.get("benchmark.title-county", subject)).subtitle(t.get("benchmark.subtitle-county"));
        int minimumPeers = benchmarks.isEmpty() ? 0 : benchmarks.getFirst().minimumPeers();
        List<String> header = new ArrayList<>(List.of(t.get("col.programme")));
        header.addAll(rowHeaders(t));
        w.header(header);
        for (Benchmark b : benchmarks) {
            for (BenchmarkRow r : b.compared()) {
                writeRow(w.row().wrap(b.programme().name()), r, s, t);
            }
        }
        if (benchmarks.stream().allMatch(b -> b.compared().isEmpty())) {
            w.row().text(t.get("benchmark.none-county"));
        }
        w.endTable();
        w.note(t.get("benchmark.note", minimumPeers)).note(t.shared("howwecompare.title") + ": "
                + t.shared("howwecompare.rule.1", 0, minimumPeers));
        if (benchmarks.stream().allMatch(b -> b.ranked().stream().noneMatch(r -> r.funnel() != null))) {
            w.note(t.get("benchmark.no-funnel"));
        }
        // the peers' values are the same objects from row to row: each is read once (see ReportService)
        java.util.Set<IndicatorResult> read = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        benchmarks.forEach(b -> b.compared().forEach(r -> {
            r.peers().forEach(p -> {
                if (read.add(p)) {
                    ids.addAll(p.factIds());
                }
            });
            if (read.add(r.own())) {
                ids.addAll(r.own().factIds());
            }
        }));
        w.about(meta.about(t.get("sheet.benchmark"), "benchmark", ids));
        w.print(true, t.get("benchmark.title-county", subject), t);
    }

    /** The programme report: one programme against its peer group, with a native chart of its percentiles. */
    public static void programme(XSSFWorkbook wb, CellStyles s, Texts t, Benchmark b,
                                 java.util.function.Function<String, no.traineemonitor.indicator.IndicatorDefinition> definitions,
                                 SheetMetadata meta) {
        ProgrammeProfile own = b.programme();
        SheetWriter w = new SheetWriter(wb, t.get("sheet.benchmark"), s);
        w.widths(24, 16, 12, 9, 6, 12, 13, 6, 5, 10, 10, 11, 22);
        w.title(t.get("benchmark.title-programme", own.name()));
        w.subtitle(t.get("benchmark.peers", t.word("group", b.group().urlValue()), b.peers().size()));
        w.note(String.join(", ", b.peers().stream().map(ProgrammeProfile::name).toList()));
        w.header(rowHeaders(t));
        int first = w.rowIndex();
        for (BenchmarkRow r : b.ranked()) {
            writeRow(w.row(), r, s, t);
        }
        int last = w.rowIndex() - 1;
        for (BenchmarkRow r : b.tooFew()) {
            writeRow(w.row(), r, s, t);
        }
        if (b.compared().isEmpty()) {
            w.row().text(t.get("benchmark.none-comparable"));
        }
        w.endTable();
        w.note(t.get("benchmark.note", b.minimumPeers()));
        if (b.ranked().stream().noneMatch(r -> r.funnel() != null)) {
            w.note(t.get("benchmark.no-funnel"));
        }
        if (!b.ranked().isEmpty()) {
            w.blank();
            int height = Math.max(10, 4 + 2 * b.ranked().size());
            int chartRow = w.reserve(height);
            // categories: the indicator column; values: the percentile column (index 9 of rowHeaders), ranked rows only
            var chart = NativeCharts.bar((XSSFSheet) w.sheet(), 0, chartRow, 8, height, t.get("benchmark.percentile-chart", own.name()),
                    t.get("col.indicator"), t.get("col.percentile"), "0", new CellRangeAddress(first, last, 0, 0),
                    List.of(new NativeCharts.Series(first - 1, 9, new CellRangeAddress(first, last, 9, 9))),
                    true, false, 25.0);
            chart.getAxes().stream().filter(a -> a instanceof org.apache.poi.xddf.usermodel.chart.XDDFValueAxis)
                    .forEach(a -> { // percentiles run from 0 to 100
                        a.setMinimum(0);
                        a.setMaximum(100);
                    });
            w.blank();
        }
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        b.ranked().forEach(r -> ids.addAll(factIds(r)));
        b.tooFew().forEach(r -> ids.addAll(factIds(r)));
        w.about(meta.about(t.get("sheet.benchmark"), "benchmark", ids));
        w.print(true, t.get("benchmark.title-programme", own.name()), t);
        notRanked(wb, s, t, b, definitions, meta);
    }

    /** The values that are not ranked, each table with its reason: side by side, targets, joint statements, the rest. */
    private static void notRanked(XSSFWorkbook wb, CellStyles s, Texts t, Benchmark b,
                                  java.util.function.Function<String, no.traineemonitor.indicator.IndicatorDefinition> definitions,
                                  SheetMetadata meta) {
        SheetWriter w = new SheetWriter(wb, t.get("sheet.not-ranked"), s);
        w.widths(24, 20, 18, 16, 10, 6, 12, 26, 18);
        w.title(t.get("benchmark.not-ranked-title", b.programme().name()));
        w.note(t.shared("howwecompare.rule.7", 0, b.minimumPeers()));
        if (!b.tooFew().isEmpty()) {
            w.heading(t.get("benchmark.side-by-side"));
            w.note(t.get("benchmark.side-by-side-note", b.minimumPeers()));
            valuesHeader(w, t);
            for (BenchmarkRow r : b.tooFew()) {
                valueRow(w, r.own(), definitions, s, t, "");
                r.peers().forEach(p -> valueRow(w, p, definitions, s, t, ""));
            }
            w.endTable().blank();
        }
        if (!b.intentions().isEmpty()) {
            w.heading(t.get("benchmark.intentions"));
            w.note(t.get("benchmark.intentions-note"));
            w.header(List.of(t.get("col.indicator"), t.get("col.figure-kind"), t.get("col.period"), t.get("col.value"),
                    t.get("col.latest-outcome"), "n", t.get("col.qualifier"), t.get("col.period"), t.get("col.facts")));
            for (Benchmark.Intention i : b.intentions()) {
                IndicatorResult target = i.intention();
                IndicatorResult outcome = i.outcome();
                var style = IndicatorCells.valueStyle(target.indicatorId(), target.kind(), s);
                w.row().wrap(IndicatorCells.label(definitions.apply(target.indicatorId()), target.indicatorId(), t))
                        .wrap(t.shared("figure." + target.figureKind())).wrap(IndicatorCells.period(target, t))
                        .number(target.value(), style)
                        .number(outcome == null ? null : outcome.value(), style)
                        .integer(outcome == null ? null : outcome.n())
                        .wrap(outcome == null ? "" : t.word("qualifier", outcome.qualifier()))
                        .wrap(outcome == null ? t.get("benchmark.no-outcome") : IndicatorCells.period(outcome, t))
                        .wrap(IndicatorCells.facts(target, t) + (outcome == null ? "" : " " + IndicatorCells.facts(outcome, t)));
            }
            w.endTable().blank();
        }
        if (!b.joint().isEmpty()) {
            w.heading(t.get("benchmark.joint"));
            w.note(t.get("benchmark.joint-note"));
            valuesHeader(w, t);
            b.joint().forEach(r -> valueRow(w, r, definitions, s, t, ""));
            w.endTable().blank();
        }
        w.heading(t.get("benchmark.incomparable"));
        List<IndicatorResult> notRanked = new ArrayList<>(b.unmatched());
        notRanked.addAll(b.apart());
        if (notRanked.isEmpty()) {
            w.note(t.get("benchmark.all-comparable"));
        } else {
            valuesHeader(w, t);
            for (IndicatorResult r : notRanked) {
                valueRow(w, r, definitions, s, t, b.unmatched().contains(r) ? t.get("benchmark.why-unmatched") : whyApart(r, t));
            }
            w.endTable();
        }
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        b.tooFew().forEach(r -> ids.addAll(factIds(r)));
        b.intentions().forEach(i -> {
            ids.addAll(i.intention().factIds());
            if (i.outcome() != null) {
                ids.addAll(i.outcome().factIds());
            }
        });
        ids.addAll(no.traineemonitor.indicator.IndicatorResult.factIdsOf(b.joint()));
        ids.addAll(no.traineemonitor.indicator.IndicatorResult.factIdsOf(b.unmatched()));
        ids.addAll(no.traineemonitor.indicator.IndicatorResult.factIdsOf(b.apart()));
        w.about(meta.about(t.get("sheet.not-ranked"), "benchmark", ids));
        w.print(true, t.get("benchmark.not-ranked-title", b.programme().name()), t);
    }

    /** The fact ids behind a compared row: the programme's own value and its peers'. */
    private static List<String> factIds(BenchmarkRow r) {
        List<IndicatorResult> all = new ArrayList<>(r.peers());
        all.add(r.own());
        return no.traineemonitor.indicator.IndicatorResult.factIdsOf(all);
    }

    private static void valuesHeader(SheetWriter w, Texts t) {
        w.header(List.of(t.get("col.indicator"), t.get("col.subject"), t.get("col.definition"), t.get("col.period"),
                t.get("col.value"), "n", t.get("col.qualifier"), t.get("col.why-not-ranked"), t.get("col.facts")));
    }

    private static void valueRow(SheetWriter w, IndicatorResult r,
                                 java.util.function.Function<String, no.traineemonitor.indicator.IndicatorDefinition> definitions,
                                 CellStyles s, Texts t, String why) {
        SheetWriter.RowWriter row = w.row().wrap(IndicatorCells.label(definitions.apply(r.indicatorId()), r.indicatorId(), t))
                .wrap(IndicatorCells.subject(r, t)).wrap(IndicatorCells.definition(r, t)).wrap(IndicatorCells.period(r, t));
        IndicatorCells.value(row, r, s);
        row.integer(r.n()).wrap(t.word("qualifier", r.qualifier())).wrap(why).wrap(IndicatorCells.facts(r, t));
    }

    private static String whyApart(IndicatorResult r, Texts t) {
        if (r.suppressed()) {
            return t.get("benchmark.why-suppressed");
        }
        if (r.conflicting()) {
            return t.get("benchmark.why-conflicting");
        }
        return switch (r.qualifierClass()) {
            case "range" -> t.get("benchmark.why-range");
            case "bound" -> t.get("benchmark.why-bound");
            default -> "";
        };
    }

    private static List<String> rowHeaders(Texts t) {
        return List.of(t.get("col.indicator"), t.get("col.definition"), t.get("col.period"), t.get("col.value"), "n",
                t.get("col.qualifier"), t.get("col.peers"), t.get("col.rank"), t.get("col.of"), t.get("col.percentile"),
                t.get("col.peer-median"), t.get("col.difference"), t.get("col.funnel"));
    }

    /** A compared row: rank, percentile, median and funnel only when ranked; otherwise "too few" in their place. */
    private static void writeRow(SheetWriter.RowWriter row, BenchmarkRow r, CellStyles s, Texts t) {
        IndicatorResult own = r.own();
        var style = IndicatorCells.valueStyle(own.indicatorId(), own.kind(), s);
        // the kind of period in the label too: the percentile chart names its bars from this column
        String label = r.definition().label(t.locale())
                + (own.periodKind().equals("year") ? "" : " – " + t.shared("periodkind." + own.periodKind()));
        row.wrap(label).wrap(IndicatorCells.definition(own, t)).wrap(IndicatorCells.period(own, t));
        IndicatorCells.value(row, own, s);
        row.integer(own.n()).wrap(t.word("qualifier", own.qualifier())).integer(r.peers().size());
        if (!r.ranked()) { // no rank, percentile, median or difference (SSB's "."): say why in the last column
            for (int i = 0; i < 5; i++) {
                row.symbol(SheetWriter.NOT_APPLICABLE);
            }
            row.wrap(t.get("benchmark.too-few", r.peers().size()));
            return;
        }
        // the percentile chart reads this column: a gap, never a symbol it would draw as 0
        row.integer(r.rank()).integer(r.comparedCount()).numberOrGap(r.percentile(), s.integer)
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
