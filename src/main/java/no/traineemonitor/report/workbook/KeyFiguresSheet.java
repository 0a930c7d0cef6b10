package no.traineemonitor.report.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.traineemonitor.benchmark.ProgrammeProfile;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.programme.Programme;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Key figures of a county: per indicator definition the pooled latest value of its programmes (as the overview page
 * shows), hires per year with a native bar chart, and the programmes of the selection.
 */
public final class KeyFiguresSheet {

    private KeyFiguresSheet() {
    }

    public static void write(XSSFWorkbook wb, CellStyles s, Texts t, String subject, List<IndicatorService.KeyFigure> keyFigures,
                             Function<String, IndicatorDefinition> definitions, List<HiresYear> hires,
                             List<Programme> programmes, Map<String, ProgrammeProfile> profiles, int minimumN,
                             String populationDate, SheetMetadata meta) {
        SheetWriter w = new SheetWriter(wb, t.get("sheet.key-figures"), s);
        w.widths(30, 20, 12, 10, 10, 10, 8, 10, 10, 14, 24, 20, 20);
        Map<String, String> names = programmes.stream().collect(java.util.stream.Collectors.toMap(Programme::programmeId, Programme::name));
        long trainee = programmes.stream().filter(p -> p.type().equals("trainee_programme")).count();
        long active = programmes.stream().filter(p -> p.status().equals("active")).count();
        w.title(t.get("key.title", subject)).subtitle(t.get("key.summary", programmes.size(), trainee, active));
        List<String> header = new ArrayList<>(List.of(t.get("col.indicator"), t.get("col.definition"), t.get("col.period")));
        header.addAll(IndicatorCells.valueHeaders(t));
        header.addAll(List.of(t.get("col.qualifier"), t.get("col.programmes-pooled"), t.get("col.mark"), t.get("col.facts")));
        w.header(header);
        if (keyFigures.stream().allMatch(IndicatorService.KeyFigure::isEmpty)) {
            w.row().text(t.get("key.none"));
        }
        for (IndicatorService.KeyFigure k : keyFigures) {
            for (IndicatorResult r : k.pooled()) {
                var row = w.row().wrap(IndicatorCells.label(definitions.apply(r.indicatorId()), r.indicatorId(), t))
                        .wrap(IndicatorCells.definition(r, t)).wrap(IndicatorCells.period(r, t));
                IndicatorCells.values(row, r, s);
                row.wrap(t.word("qualifier", r.qualifier()))
                        .wrap(String.join(", ", r.programmes().stream().map(id -> names.getOrDefault(id, id)).toList()))
                        .text(IndicatorCells.mark(r, minimumN, t), s.suppressed).wrap(IndicatorCells.facts(r, t));
            }
            // no pooled value: the programmes' own latest figures, as the sources give them
            for (IndicatorResult r : k.reported()) {
                var row = w.row().wrap(IndicatorCells.label(definitions.apply(r.indicatorId()), r.indicatorId(), t))
                        .wrap(IndicatorCells.definition(r, t)).wrap(IndicatorCells.period(r, t));
                IndicatorCells.values(row, r, s);
                row.wrap(t.word("qualifier", r.qualifier()))
                        .wrap(IndicatorCells.subject(r, t) + " – " + t.get("key.reported"))
                        .text(IndicatorCells.mark(r, minimumN, t), s.suppressed).wrap(IndicatorCells.facts(r, t));
            }
        }
        w.endTable();
        w.note(t.get("key.note"));
        w.blank();

        w.heading(t.get("key.hires"));
        w.header(List.of(t.get("col.year"), t.get("col.hires"), t.get("col.programmes-reporting"), t.get("col.facts")));
        int first = w.rowIndex();
        for (HiresYear y : hires) {
            w.row().year(y.year()).integer(y.hires()).integer(y.programmes()).wrap(String.join(" ", y.factIds()));
        }
        int last = w.rowIndex() - 1;
        w.endTable();
        w.note(t.get("key.hires-note"));
        if (hires.isEmpty()) {
            w.note(t.get("key.no-hires"));
        } else if (hires.size() >= 2) { // a single bar says nothing the table does not
            // the chart and the programmes below it share a page: a chart never straddles a break, no page holds a
            // table's last rows only
            w.pageBreak();
            int chartRow = w.reserve(17);
            NativeCharts.bar((XSSFSheet) w.sheet(), 0, chartRow, 9, 16, t.get("key.hires-chart", subject),
                    t.get("col.year"), t.get("col.hires"), CellStyles.INTEGER,
                    new CellRangeAddress(first, last, 0, 0),
                    List.of(new NativeCharts.Series(first - 1, 1, new CellRangeAddress(first, last, 1, 1))),
                    false, true, NativeCharts.countStep(hires.stream().mapToDouble(HiresYear::hires).max().orElse(1)));
        }

        w.blank().heading(t.get("key.programmes"));
        w.header(List.of(t.get("col.programme"), t.get("col.type"), t.get("col.status"), t.get("col.founded"),
                t.get("col.length"), t.get("col.municipalities"), t.get("col.population", populationDate)));
        for (Programme p : programmes) {
            ProgrammeProfile profile = profiles.get(p.programmeId());
            w.row().wrap(p.name()).text(t.word("type", p.type())).text(t.word("status", p.status()))
                    .year(p.foundedYear()).integer(p.lengthMonths()).integer(p.municipalityCount())
                    .integer(profile == null ? null : profile.coveredPopulation());
        }
        w.endTable();
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        keyFigures.forEach(k -> {
            ids.addAll(no.traineemonitor.indicator.IndicatorResult.factIdsOf(k.pooled()));
            ids.addAll(no.traineemonitor.indicator.IndicatorResult.factIdsOf(k.reported()));
        });
        hires.forEach(h -> ids.addAll(h.factIds()));
        w.about(meta.about(t.get("sheet.key-figures"), "key-figures", ids, no.traineemonitor.base.export.TableMetadata.Ssb.POPULATION));
        w.print(true, t.get("key.title", subject), t);
    }
}
