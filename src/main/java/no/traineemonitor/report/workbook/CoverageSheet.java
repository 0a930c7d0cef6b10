package no.traineemonitor.report.workbook;

import java.util.List;
import no.traineemonitor.base.export.TableMetadata.Ssb;
import no.traineemonitor.reference.Municipality;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Coverage by municipality: every municipality of the county with its BA-region, centrality class and population, and
 * the programmes recorded as covering it. "Covered" means an active trainee programme covers it; other programmes
 * (paused, proposed, pilots, pre-studies) are listed but do not count.
 */
public final class CoverageSheet {

    private CoverageSheet() {
    }

    public static void write(Workbook wb, CellStyles s, Texts t, String subject, List<CoverageRow> rows,
                             String populationDate, SheetMetadata meta, List<String> programmeDocuments) {
        SheetWriter w = new SheetWriter(wb, t.get("sheet.coverage"), s);
        w.widths(10, 22, 22, 11, 12, 9, 30, 28, 18);
        w.title(t.get("coverage.title", subject)).subtitle(t.get("coverage.subtitle"));
        w.header(List.of(t.get("col.municipality-number"), t.get("col.municipality"), t.get("col.ba-region"),
                t.get("col.centrality"), t.get("col.population-on", populationDate), t.get("col.covered"), t.get("col.trainee-programmes"),
                t.get("col.other-programmes"), t.get("col.coverage-basis")));
        for (CoverageRow row : rows) {
            Municipality m = row.municipality();
            List<CoverageRow.Covering> trainee = row.programmes().stream().filter(p -> p.type().equals("trainee_programme")).toList();
            List<CoverageRow.Covering> other = row.programmes().stream().filter(p -> !p.type().equals("trainee_programme")).toList();
            w.row().text(m.kommunenummer()).wrap(m.name()).wrap(m.baNr() == null ? "" : m.baNr() + " " + m.baName())
                    .integer(m.centralityClass()).integer(m.population())
                    .text(row.covered() ? t.get("coverage.yes") : t.get("coverage.no"), row.covered() ? s.text : s.strong)
                    .wrap(names(trainee, t)).wrap(names(other, t))
                    .wrap(String.join(", ", row.programmes().stream().map(p -> t.word("coverage-basis", p.basis())).distinct().toList()));
        }
        w.endTable();
        w.note(t.get("coverage.note"));
        w.about(meta.aboutDocuments(t.get("sheet.coverage"), "municipalities", programmeDocuments, Ssb.POPULATION,
                Ssb.CENTRALITY, Ssb.MUNICIPALITIES, Ssb.BA_REGIONS));
        w.print(true, t.get("coverage.title", subject), t);
    }

    /** Names, with the status in brackets unless active. */
    static String names(List<CoverageRow.Covering> programmes, Texts t) {
        return String.join(", ", programmes.stream()
                .map(p -> p.status().equals("active") ? p.name() : p.name() + " (" + t.word("status", p.status()).toLowerCase(t.locale()) + ")")
                .toList());
    }
}
