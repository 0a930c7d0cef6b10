package no.traineemonitor.report.workbook;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.traineemonitor.benchmark.BenchmarkRow;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Funnel plots, two to an A4 page (portrait): for each share indicator with limits, every compared programme's value
 * against its n, with the highlighted programmes (the report's programme, or the county's) as squares.
 */
public final class FunnelSheet {

    /** At most this many plots (each takes half an A4 page). */
    static final int MAX_FUNNELS = 8;

    private FunnelSheet() {
    }

    /**
     * @param rows        one benchmark row per plot (each with funnel limits)
     * @param highlighted programme ids drawn as squares
     * @param who         the highlighted programme(s), for the note
     * @param ownPosition whether to say where the (single) highlighted programme lies
     */
    public static void write(Workbook wb, CellStyles s, Texts t, String subject, List<BenchmarkRow> rows,
                             Set<String> highlighted, String who, boolean ownPosition) {
        SheetWriter w = new SheetWriter(wb, t.get("sheet.funnels"), s);
        w.widths(12, 12, 12, 12, 12, 12, 12, 12, 12);
        w.title(t.get("funnels.title", subject)).note(t.get("benchmark.funnels-note", who));
        if (rows.isEmpty()) {
            w.blank().note(t.get("benchmark.no-funnel"));
        }
        int shown = 0;
        for (BenchmarkRow r : rows) {
            if (shown == MAX_FUNNELS) {
                w.note(t.get("benchmark.more-funnels", rows.size() - MAX_FUNNELS));
                break;
            }
            if (shown > 0 && shown % 2 == 0) {
                w.pageBreak();
            }
            shown++;
            String definition = IndicatorCells.definition(r.own(), t);
            String title = r.definition().label(t.locale()) + (definition.isEmpty() ? "" : " (" + definition + ")");
            w.blank().heading(ownPosition ? title + ": " + t.get("benchmark.funnel-caption", IndicatorCells.period(r.own(), t),
                    t.word("funnel", Objects.requireNonNull(r.funnelPosition()))) : title);
            w.picture(FunnelPictures.png(r, highlighted, who, title, t), 0, FunnelPictures.WIDTH, FunnelPictures.HEIGHT);
        }
        w.print(false, t.get("funnels.title", subject), t);
    }
}
