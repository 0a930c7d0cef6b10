package no.traineemonitor.report.workbook;

import java.util.List;
import no.traineemonitor.source.Fact;
import no.traineemonitor.source.SourceDocument;
import org.apache.poi.ss.usermodel.Workbook;

/** Every fact behind a number in the workbook, with document, section and verbatim quote; then the documents. */
public final class SourcesSheet {

    private SourcesSheet() {
    }

    public static void write(Workbook wb, CellStyles s, Texts t, List<Fact> facts, List<SourceDocument> documents) {
        SheetWriter w = new SheetWriter(wb, t.get("sheet.sources"), s);
        w.widths(12, 20, 18, 14, 10, 11, 9, 16, 13, 24, 16, 44, 24);
        w.title(t.get("sources.title")).subtitle(t.get("sources.subtitle", facts.size()));
        w.header(List.of(t.get("col.fact"), t.get("col.subject"), t.get("col.metric"), t.get("col.category"),
                t.get("col.period"), t.get("col.value"), t.get("col.unit"), t.get("col.scope-horizon"),
                t.get("col.qualifier"), t.get("col.document"), t.get("col.section"), t.get("col.quote"), t.get("col.conflict")));
        for (Fact f : facts) {
            String subject = f.programmeName() != null ? f.programmeName()
                    : f.regionType() == null ? "" : t.word("region", f.regionType()) + " " + f.regionCode();
            String scopeHorizon = String.join(", ", java.util.stream.Stream.of(
                    f.scope() == null ? null : t.word("scope", f.scope()),
                    f.horizon() == null ? null : t.word("horizon", f.horizon())).filter(java.util.Objects::nonNull).toList());
            w.row().text(f.factId()).wrap(subject).wrap(f.metric()).wrap(f.category()).text(f.period()).flexible(f.value())
                    .text(t.word("unit", f.unit())).wrap(scopeHorizon).wrap(t.word("qualifier", f.qualifier()))
                    .wrap(f.sourceTitle() == null ? f.sourceFile() : f.sourceTitle()).wrap(f.sourceSection())
                    .wrap("«" + f.sourceQuote() + "»").wrap(f.conflictNote());
        }
        w.endTable();
        w.blank().heading(t.get("sources.documents"));
        for (SourceDocument d : documents) {
            String by = java.util.stream.Stream.of(d.publisher(), d.year() == null ? null : String.valueOf(d.year()))
                    .filter(java.util.Objects::nonNull).reduce((a, b) -> a + ", " + b).orElse("");
            w.note(d.sourceFile() + ": " + d.title() + (by.isEmpty() ? "" : " (" + by + ")"));
        }
        w.note(t.get("sources.note"));
        w.print(true, t.get("sources.title"), t);
    }
}
