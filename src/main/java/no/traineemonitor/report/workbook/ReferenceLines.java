package no.traineemonitor.report.workbook;

import no.traineemonitor.reference.ReferenceVersion;

/**
 * The reference data a workbook used, in its words: version and title, the date of the population figures, the SSB
 * tables, the licence, and (where so) that the centrality classes are SSB's 2024 classes applied to the 2020
 * municipalities. On the cover (one line), on the definitions sheet and on the extract's about sheet (a block).
 */
final class ReferenceLines {

    private ReferenceLines() {
    }

    /** "SSB-referansedata 2020 (folkemengde 1.1.2020) (versjon 1)". */
    static String version(Texts t, ReferenceVersion v) {
        return t.get("reference.version-value", v.title(t.locale()), v.id());
    }

    static void write(SheetWriter w, CellStyles s, Texts t, ReferenceVersion v) {
        w.blank().heading(t.get("reference.heading"));
        w.row().text(t.get("reference.version"), s.label).wrap(version(t, v));
        w.row().text(t.get("reference.date"), s.label).wrap(v.date(t.locale()));
        w.row().text(t.get("reference.tables"), s.label).wrap(v.ssbTables());
        w.row().text(t.get("reference.licence"), s.label).wrap(v.licence());
        if (v.centrality2024On2020()) {
            w.row().text(t.get("reference.centrality"), s.label).wrap(t.get("reference.centrality-2024"));
        }
    }
}
