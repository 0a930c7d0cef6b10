package no.traineemonitor.report.workbook;

import java.util.List;
import no.traineemonitor.base.export.TableMetadata;
import no.traineemonitor.indicator.IndicatorDefinition;
import org.apache.poi.ss.usermodel.Workbook;

/** Every indicator of the catalogue with its definition, numerator, denominator, direction and example; then the marks. */
public final class DefinitionsSheet {

    static final List<String> QUALIFIERS = List.of("reported", "approximate", "estimate", "range_low", "range_high",
            "budget", "minimum", "maximum");
    static final List<String> BASES = List.of("counts", "reported_percent", "reported_value", "pooled", "pooled_latest");

    private DefinitionsSheet() {
    }

    public static void write(Workbook wb, CellStyles s, Texts t, List<IndicatorDefinition> catalogue, int minimumN,
                             no.traineemonitor.reference.ReferenceVersion reference, SheetMetadata meta) {
        SheetWriter w = new SheetWriter(wb, t.get("sheet.definitions"), s);
        w.widths(24, 50, 18, 18, 14, 16, 34);
        w.title(t.get("definitions.title")).subtitle(t.get("definitions.subtitle"));
        w.header(List.of(t.get("col.indicator"), t.get("col.definition-text"), t.get("col.numerator"),
                t.get("col.denominator"), t.get("col.kind"), t.get("col.direction"), t.get("col.example")));
        for (IndicatorDefinition d : catalogue) {
            w.row().wrap(d.label(t.locale())).wrap(d.definition(t.locale())).wrap(d.numerator(t.locale()))
                    .wrap(d.denominator(t.locale())).wrap(t.word("kind", d.kind())).wrap(t.word("direction", d.direction()))
                    .wrap(d.example(t.locale()));
        }
        w.endTable();
        w.blank().heading(t.get("definitions.words"));
        w.headerToEnd(List.of(t.get("col.term"), t.get("col.word"), t.get("col.meaning"))); // the meaning spans the wide columns
        for (String q : QUALIFIERS) {
            w.row().text(t.get("col.qualifier")).wrap(t.word("qualifier", q)).wrapToEnd(t.get("meaning.qualifier." + q));
        }
        for (String b : BASES) {
            w.row().text(t.get("col.basis")).wrap(t.word("basis", b)).wrapToEnd(t.get("meaning.basis." + b));
        }
        w.row().text(t.get("col.mark")).wrap(t.get("mark.suppressed", minimumN)).wrapToEnd(t.get("meaning.suppressed", minimumN));
        w.row().text(t.get("col.mark")).wrap(t.get("mark.conflicting")).wrapToEnd(t.get("meaning.conflicting"));
        // SSB's symbols for numbers that are not there (as in StatBank), never an empty cell
        w.row().text(t.get("col.symbol")).text(SheetWriter.NOT_AVAILABLE).wrapToEnd(t.get("meaning.symbol.not-available"));
        w.row().text(t.get("col.symbol")).text(SheetWriter.WITHHELD).wrapToEnd(t.get("meaning.symbol.withheld", minimumN));
        w.row().text(t.get("col.symbol")).text(SheetWriter.NOT_APPLICABLE).wrapToEnd(t.get("meaning.symbol.not-applicable"));
        w.row().text("n").text("").wrapToEnd(t.get("meaning.n"));
        w.row().text(t.get("col.ci-low") + " / " + t.get("col.ci-high")).text("").wrapToEnd(t.get("meaning.ci"));
        w.row().text(t.get("col.funnel")).text("").wrapToEnd(t.get("meaning.funnel"));
        w.row().text(t.get("col.percentile")).text("").wrapToEnd(t.get("meaning.percentile"));
        w.endTable();
        ReferenceLines.write(w, s, t, reference);
        w.about(meta.aboutDocuments(t.get("sheet.definitions"), "definitions", List.of(), TableMetadata.Ssb.POPULATION,
                TableMetadata.Ssb.COMMUTING, TableMetadata.Ssb.CENTRALITY, TableMetadata.Ssb.MUNICIPALITIES,
                TableMetadata.Ssb.BA_REGIONS));
        w.print(true, t.get("definitions.title"), t);
    }
}
