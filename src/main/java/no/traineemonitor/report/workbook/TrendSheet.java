package no.traineemonitor.report.workbook;

import java.util.List;
import java.util.function.Function;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorResult;
import java.util.Map;
import no.traineemonitor.source.Fact;
import no.traineemonitor.source.FactText;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A programme over time: hires per single year with a native bar chart, every hires figure the sources give (spans
 * too, disagreements marked), and the programme's indicator values ordered by definition and period.
 */
public final class TrendSheet {

    private TrendSheet() {
    }

    public static void write(XSSFWorkbook wb, CellStyles s, Texts t, String name, List<HiresYear> hires, List<Fact> hireFacts,
                             List<IndicatorResult> results, Function<String, IndicatorDefinition> definitions, int minimumN,
                             SheetMetadata meta) {
        SheetWriter w = new SheetWriter(wb, t.get("sheet.trend"), s);
        w.widths(26, 22, 14, 12, 9, 18, 40);
        w.title(t.get("trend.title", name)).subtitle(t.get("trend.subtitle"));
        int first = w.rowIndex() + 1;
        int last = first - 1;
        if (hires.isEmpty()) { // a note, not a table header with nothing under it
            w.note(t.get("trend.no-single-years"));
        } else {
            w.header(List.of(t.get("col.year"), t.get("col.hires"), t.get("col.facts")));
            for (HiresYear y : hires) {
                w.row().year(y.year()).integer(y.hires()).wrap(String.join(" ", y.factIds()));
            }
            last = w.rowIndex() - 1;
            w.endTable();
        }
        if (hires.size() >= 2) { // a single bar says nothing the table does not
            w.blank();
            int chartRow = w.reserve(15);
            NativeCharts.bar((XSSFSheet) w.sheet(), 0, chartRow, 7, 15, t.get("trend.chart", name), t.get("col.year"),
                    t.get("col.hires"), CellStyles.INTEGER, new CellRangeAddress(first, last, 0, 0),
                    List.of(new NativeCharts.Series(first - 1, 1, new CellRangeAddress(first, last, 1, 1))),
                    false, true, NativeCharts.countStep(hires.stream().mapToDouble(HiresYear::hires).max().orElse(1)));
        }
        w.blank().heading(t.get("trend.all-hires"));
        w.headerToEnd(List.of(t.get("col.period"), t.get("col.hires"), t.get("col.qualifier"), t.get("col.fact"), t.get("col.conflict")));
        FactText text = t.facts();
        Map<String, String> conflicts = text.conflicts(hireFacts);
        for (Fact f : hireFacts) {
            w.row().wrap(text.period(f)).flexible(f.value()).wrap(text.qualifier(f.qualifier())).text(f.factId())
                    .wrapToEnd(conflicts.getOrDefault(f.factId(), ""));
        }
        if (hireFacts.isEmpty()) {
            w.row().text(t.get("trend.no-hires"));
        }
        w.endTable();
        w.blank().heading(t.get("trend.indicators"));
        w.header(List.of(t.get("col.indicator"), t.get("col.definition"), t.get("col.period"), t.get("col.value"), "n",
                t.get("col.qualifier"), t.get("col.mark")));
        for (IndicatorResult r : results) {
            SheetWriter.RowWriter row = w.row().wrap(IndicatorCells.label(definitions.apply(r.indicatorId()), r.indicatorId(), t))
                    .wrap(IndicatorCells.definition(r, t)).wrap(IndicatorCells.period(r, t));
            IndicatorCells.value(row, r, s);
            row.integer(r.n())
                    .text(t.word("qualifier", r.qualifier())).text(IndicatorCells.mark(r, minimumN, t), s.suppressed);
        }
        w.endTable();
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(no.traineemonitor.indicator.IndicatorResult.factIdsOf(results));
        hires.forEach(h -> ids.addAll(h.factIds()));
        hireFacts.forEach(f -> ids.add(f.factId()));
        w.about(meta.about(t.get("sheet.trend"), "trend", ids));
        w.print(true, t.get("trend.title", name), t);
    }
}
