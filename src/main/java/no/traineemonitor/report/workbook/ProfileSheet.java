package no.traineemonitor.report.workbook;

import java.util.List;
import no.traineemonitor.base.export.TableMetadata.Ssb;
import no.traineemonitor.benchmark.ProgrammeProfile;
import no.traineemonitor.programme.Programme;
import no.traineemonitor.reference.Municipality;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/** A programme's profile: what the sources say about it, its peer-group attributes and the municipalities it covers. */
public final class ProfileSheet {

    private ProfileSheet() {
    }

    public static void write(Workbook wb, CellStyles s, Texts t, Programme p, @Nullable ProgrammeProfile profile,
                             List<CoverageRow> covered, String populationDate, SheetMetadata meta, List<String> factIds) {
        SheetWriter w = new SheetWriter(wb, t.get("sheet.profile"), s);
        w.widths(24, 18, 20, 12, 13, 18, 24);
        w.title(t.get("profile.title", p.name())).subtitle(t.get("profile.subtitle"));
        w.pair(t.get("col.programme"), p.name());
        w.pair(t.get("col.type"), t.word("type", p.type()));
        w.pair(t.get("col.status"), t.word("status", p.status()));
        w.pair(t.get("col.county-2024"), p.countyNumber2024() == null ? null : p.countyNumber2024() + " " + p.countyName2024());
        w.pair(t.get("col.county-2020"), p.countyNumber2020() == null ? null : p.countyNumber2020() + " " + p.countyName2020());
        w.pair(t.get("col.host"), p.host());
        w.pair(t.get("col.founded"), p.foundedYear() == null ? null : String.valueOf(p.foundedYear()));
        w.pair(t.get("col.length"), p.lengthMonths());
        w.pair(t.get("col.municipalities"), p.municipalityCount());
        if (profile != null) {
            w.pair(t.get("col.population", populationDate), profile.coveredPopulation());
            w.pair(t.get("col.length-band"), profile.lengthBand() == null ? null : t.get("profile.months", profile.lengthBand()));
            w.pair(t.get("col.size-band"), profile.sizeBand() == null ? null : t.word("size", profile.sizeBand()));
            w.pair(t.get("col.median-hires"), profile.medianYearlyHires());
            w.pair(t.get("col.dominant-centrality"), profile.dominantCentralityClass());
        }
        w.pair(t.get("col.facts-count"), p.factCount());
        w.pair(t.get("col.source"), t.facts().documentLabel(p.sourceFile()) + ", " + p.sourceSection());
        w.note(t.get("profile.unknown-note"));
        w.blank().heading(t.get("profile.municipalities"));
        w.header(List.of(t.get("col.municipality-number"), t.get("col.municipality"), t.get("col.ba-region"),
                t.get("col.centrality"), t.get("col.population-on", populationDate), t.get("col.coverage-basis"), t.get("col.also-covered-by")));
        for (CoverageRow row : covered) {
            Municipality m = row.municipality();
            String basis = row.programmes().stream().filter(c -> c.programmeId().equals(p.programmeId()))
                    .map(c -> t.word("coverage-basis", c.basis())).findFirst().orElse("");
            w.row().text(m.kommunenummer()).wrap(m.name()).wrap(m.baNr() == null ? "" : m.baNr() + " " + m.baName())
                    .integer(m.centralityClass()).integer(m.population()).wrap(basis)
                    .wrap(CoverageSheet.names(row.programmes().stream().filter(c -> !c.programmeId().equals(p.programmeId())).toList(), t));
        }
        if (covered.isEmpty()) {
            w.row().text(t.get("profile.no-municipalities"));
        }
        w.endTable();
        java.util.List<String> documents = new java.util.ArrayList<>(List.of(t.facts().documentLabel(p.sourceFile())));
        documents.addAll(meta.documents().apply(factIds));
        w.about(meta.aboutDocuments(t.get("sheet.profile"), "programmes", documents, Ssb.POPULATION, Ssb.CENTRALITY,
                Ssb.MUNICIPALITIES, Ssb.BA_REGIONS));
        w.print(false, t.get("profile.title", p.name()), t);
    }
}
