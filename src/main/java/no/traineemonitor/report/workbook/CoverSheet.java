package no.traineemonitor.report.workbook;

import org.apache.poi.ss.usermodel.Workbook;

/** The first sheet: what the workbook is, when it was made, from which data version and selection, and how to read it. */
public final class CoverSheet {

    private CoverSheet() {
    }

    public static void write(Workbook wb, CellStyles s, Texts t, ReportInfo info) {
        SheetWriter w = new SheetWriter(wb, t.get("sheet.cover"), s);
        w.widths(26, 95);
        w.title(info.title()).subtitle(info.subject()).blank();
        w.pair(t.get("cover.generated"), info.generatedAt());
        w.pair(t.get("cover.data-version"), info.builtAt() == null ? info.dataVersion()
                : t.get("cover.data-version-built", info.dataVersion(), info.builtAt().format(
                        java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"))));
        for (ReportInfo.Pair f : info.filters()) {
            w.row().text(f.label(), s.label).wrap(f.value());
        }
        w.pair(t.get("cover.minimum-n"), t.get("cover.minimum-n-value", info.minimumN()));
        w.row().text(t.get("reference.version"), s.label).wrap(ReferenceLines.version(t, info.reference()));
        w.blank().heading(t.get("cover.contents"));
        for (ReportInfo.Pair sheet : info.sheets()) {
            w.row().text(sheet.label(), s.label).wrap(sheet.value());
        }
        w.blank().heading(t.get("cover.how-to-read"));
        for (int i = 1; i <= 6; i++) {
            w.row().text("•", s.label).wrap(t.get("cover.read." + i, info.minimumN()));
        }
        w.blank().row().text(t.get("col.source"), s.label).wrap(t.get("cover.source"));
        w.print(false, info.title() + " – " + info.subject(), t);
    }
}
