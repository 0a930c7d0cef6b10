package no.traineemonitor.report.workbook;

import java.util.List;
import no.traineemonitor.base.export.TableMetadata;
import java.util.Map;
import no.traineemonitor.source.Fact;
import no.traineemonitor.source.FactText;
import no.traineemonitor.source.SourceDocument;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Every fact behind a number in the workbook, in the reader's words (what, category, value with its unit, precision),
 * with document (by title), section and verbatim quote, and where the sources disagree the other values they give;
 * then the documents by title, publisher and year.
 */
public final class SourcesSheet {

    private SourcesSheet() {
    }

    public static void write(Workbook wb, CellStyles s, Texts t, List<Fact> facts, List<SourceDocument> documents,
                             SheetMetadata meta) {
        FactText text = t.facts();
        Map<String, String> conflicts = text.conflicts(facts);
        SheetWriter w = new SheetWriter(wb, t.get("sheet.sources"), s);
        w.widths(11, 18, 20, 16, 14, 12, 13, 16, 13, 26, 16, 40, 26);
        w.title(t.get("sources.title")).subtitle(t.get("sources.subtitle", facts.size()));
        w.header(List.of(t.get("col.fact"), t.get("col.subject"), t.get("col.metric"), t.get("col.category"),
                t.get("col.period"), t.get("col.value"), t.get("col.unit"), t.get("col.scope-horizon"),
                t.get("col.qualifier"), t.get("col.document"), t.get("col.section"), t.get("col.quote"), t.get("col.conflict")));
        for (Fact f : facts) {
            w.row().text(f.factId()).wrap(text.subject(f)).wrap(text.metric(f)).wrap(text.category(f)).wrap(text.period(f))
                    .fact(f).wrap(text.unit(f)).wrap(text.scopeAndHorizon(f)).wrap(text.qualifier(f.qualifier()))
                    .wrap(text.document(f)).wrap(f.sourceSection()).wrap("«" + f.sourceQuote() + "»")
                    .wrap(conflicts.getOrDefault(f.factId(), ""));
        }
        w.endTable();
        w.blank().heading(t.get("sources.documents"));
        for (SourceDocument d : documents) {
            w.note(d.label());
        }
        w.note(t.get("sources.note"));
        w.about(meta.aboutDocuments(t.get("sheet.sources"), "sources", facts.stream().map(text::document).distinct().toList(),
                TableMetadata.Ssb.POPULATION, TableMetadata.Ssb.COMMUTING, TableMetadata.Ssb.CENTRALITY,
                TableMetadata.Ssb.MUNICIPALITIES, TableMetadata.Ssb.BA_REGIONS));
        w.print(true, t.get("sources.title"), t);
    }
}
