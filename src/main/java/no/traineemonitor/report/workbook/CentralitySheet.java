package no.traineemonitor.report.workbook;

import java.util.List;
import java.util.Objects;
import no.traineemonitor.base.export.TableMetadata.Ssb;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Coverage by centrality class (SSB, 1 most central … 6 least): municipalities and inhabitants reached by an active
 * trainee programme, with a native bar chart of covered and uncovered municipalities per class. Counts come from the
 * municipality list on the next sheet; nothing is estimated.
 */
public final class CentralitySheet {

    private CentralitySheet() {
    }

    public static void write(XSSFWorkbook wb, CellStyles s, Texts t, String subject, List<CoverageRow> rows,
                             String populationDate, SheetMetadata meta, List<String> programmeDocuments) {
        SheetWriter w = new SheetWriter(wb, t.get("sheet.centrality"), s);
        w.widths(20, 12, 12, 12, 12, 14, 16, 16);
        w.title(t.get("centrality.title", subject)).subtitle(t.get("centrality.subtitle", populationDate));
        w.header(List.of(t.get("col.centrality"), t.get("col.municipalities-all"), t.get("col.covered-municipalities"),
                t.get("col.uncovered-municipalities"), t.get("col.share-covered"), t.get("col.population-on", populationDate),
                t.get("col.population-covered"), t.get("col.population-share-covered")));
        int first = w.rowIndex();
        for (int c = 1; c <= 6; c++) {
            int cls = c;
            List<CoverageRow> in = rows.stream().filter(r -> Objects.equals(r.municipality().centralityClass(), cls)).toList();
            long covered = in.stream().filter(CoverageRow::covered).count();
            // population: a sum only when every municipality has a figure (unknown is not 0)
            boolean populationKnown = in.stream().allMatch(r -> r.municipality().population() != null);
            Long population = populationKnown ? in.stream().mapToLong(r -> r.municipality().population()).sum() : null;
            Long populationCovered = populationKnown ? in.stream().filter(CoverageRow::covered)
                    .mapToLong(r -> r.municipality().population()).sum() : null;
            w.row().text(t.get("centrality.class", cls)).integer(in.size()).integer(covered).integer(in.size() - covered)
                    .percent(in.isEmpty() ? null : (double) covered / in.size())
                    .integer(population).integer(populationCovered)
                    .percent(population == null || population == 0 ? null : (double) populationCovered / population);
        }
        int last = w.rowIndex() - 1;
        w.endTable();
        w.note(t.get("centrality.note"));
        w.blank();
        int chartRow = w.reserve(18);
        NativeCharts.bar((XSSFSheet) w.sheet(), 0, chartRow, 8, 18, t.get("centrality.chart", subject),
                t.get("col.centrality"), t.get("col.municipalities-all"), CellStyles.INTEGER,
                new CellRangeAddress(first, last, 0, 0),
                List.of(new NativeCharts.Series(first - 1, 2, new CellRangeAddress(first, last, 2, 2)),
                        new NativeCharts.Series(first - 1, 3, new CellRangeAddress(first, last, 3, 3))),
                false, false, NativeCharts.countStep(rows.stream().filter(r -> r.municipality().centralityClass() != null)
                        .collect(java.util.stream.Collectors.groupingBy(r -> r.municipality().centralityClass(),
                                java.util.stream.Collectors.counting())).values().stream().mapToDouble(Long::doubleValue).max().orElse(1)));
        w.about(meta.aboutDocuments(t.get("sheet.centrality"), "coverage", programmeDocuments, Ssb.POPULATION,
                Ssb.CENTRALITY, Ssb.MUNICIPALITIES));
        w.print(false, t.get("centrality.title", subject), t);
    }
}
