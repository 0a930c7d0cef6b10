package no.traineemonitor.report.workbook;

import java.util.List;
import java.util.Map;
import no.traineemonitor.source.Fact;
import no.traineemonitor.source.FactText;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Funding by source: every funding, grant and funding-share figure the sources give for the selection's programmes,
 * grouped by source, as given (period, unit, qualifier). Nothing is summed across periods, units or qualifiers.
 */
public final class FundingSheet {

    private FundingSheet() {
    }

    public static void write(Workbook wb, CellStyles s, Texts t, String subject, List<Fact> funding, SheetMetadata meta) {
        FactText text = t.facts();
        Map<String, String> conflicts = text.conflicts(funding);
        SheetWriter w = new SheetWriter(wb, t.get("sheet.funding"), s);
        w.widths(24, 26, 22, 11, 13, 10, 16, 12, 40);
        w.title(t.get("funding.title", subject)).subtitle(t.get("funding.subtitle"));
        w.header(List.of(t.get("col.funding-source"), t.get("col.programme"), t.get("col.metric"), t.get("col.period"),
                t.get("col.value"), t.get("col.unit"), t.get("col.qualifier"), t.get("col.fact"), t.get("col.conflict")));
        if (funding.isEmpty()) {
            w.row().text(t.get("funding.none"));
        }
        for (Fact f : funding) {
            w.row().wrap(source(f.category(), t)).wrap(f.programmeName()).wrap(text.metric(f))
                    .wrap(text.period(f)).fact(f).wrap(text.unit(f))
                    .wrap(text.qualifier(f.qualifier())).text(f.factId())
                    .wrap(conflicts.getOrDefault(f.factId(), ""));
        }
        w.endTable();
        w.note(t.get("funding.note"));
        w.about(meta.about(t.get("sheet.funding"), "funding", funding.stream().map(Fact::factId).toList()));
        w.print(true, t.get("funding.title", subject), t);
    }

    /** "Fylkeskommunen", or for other:NAME the name given. */
    static String source(@org.jspecify.annotations.Nullable String category, Texts t) {
        if (category == null) {
            return t.get("funding.source-unknown");
        }
        if (category.startsWith("other:")) {
            return t.get("funding.other", category.substring("other:".length()));
        }
        String own = t.get("funding." + category);
        if (!own.startsWith("!")) {
            return own;
        }
        String category2 = t.facts().category(category);
        return category2.isEmpty() ? category2 : Character.toUpperCase(category2.charAt(0)) + category2.substring(1);
    }
}
