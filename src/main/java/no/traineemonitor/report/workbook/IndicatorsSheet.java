package no.traineemonitor.report.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorResult;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Every indicator value of the selection, one row each, as the indicator explorer shows them: value with numerator,
 * denominator, n and 95 % interval, qualifier, basis, and the marks for withheld and disputed values.
 */
public final class IndicatorsSheet {

    private IndicatorsSheet() {
    }

    public static void write(Workbook wb, CellStyles s, Texts t, String subject, List<IndicatorResult> results,
                             Function<String, IndicatorDefinition> definitions, int minimumN, SheetMetadata meta) {
        SheetWriter w = new SheetWriter(wb, t.get("sheet.indicators"), s);
        w.widths(24, 22, 12, 18, 9, 9, 9, 7, 8, 8, 14, 10, 12, 14, 20);
        w.title(t.get("indicators.title", subject)).subtitle(t.get("indicators.subtitle", minimumN));
        List<String> header = new ArrayList<>(List.of(t.get("col.indicator"), t.get("col.subject"), t.get("col.period"),
                t.get("col.definition")));
        header.addAll(IndicatorCells.valueHeaders(t));
        header.addAll(List.of(t.get("col.qualifier"), t.get("col.peers"), t.get("col.basis"), t.get("col.mark"),
                t.get("col.facts")));
        w.header(header);
        if (results.isEmpty()) {
            w.row().text(t.get("indicators.none"));
        }
        for (IndicatorResult r : results) {
            String subjectName = IndicatorCells.subject(r, t);
            var row = w.row().wrap(IndicatorCells.label(definitions.apply(r.indicatorId()), r.indicatorId(), t))
                    .wrap(subjectName).wrap(IndicatorCells.period(r, t)).wrap(IndicatorCells.definition(r, t));
            IndicatorCells.values(row, r, s);
            row.wrap(t.word("qualifier", r.qualifier())).integer(r.peers()).wrap(t.word("basis", r.basis()))
                    .text(IndicatorCells.mark(r, minimumN, t), s.suppressed).wrap(IndicatorCells.facts(r, t));
        }
        w.endTable();
        w.note(t.get("indicators.note"));
        w.about(meta.about(t.get("sheet.indicators"), "indicators", no.traineemonitor.indicator.IndicatorResult.factIdsOf(results)));
        w.print(true, t.get("indicators.title", subject), t);
    }
}
