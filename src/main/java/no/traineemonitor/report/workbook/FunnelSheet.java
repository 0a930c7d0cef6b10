package no.traineemonitor.report.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.traineemonitor.benchmark.BenchmarkRow;
import no.traineemonitor.indicator.FunnelLimits;
import no.traineemonitor.indicator.IndicatorResult;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Funnel plots on a landscape page, each picture with the data behind it in a table beside it: every compared
 * programme's n and value and the 95 % and 99.8 % limits at that n around the pooled share, so a reader can check the
 * plot without the picture. A plot and its table are kept on one page (a page break goes before a plot that would not
 * fit), so no page is left almost empty.
 */
public final class FunnelSheet {

    /** At most this many plots. */
    static final int MAX_FUNNELS = 8;
    /** The picture covers columns 0-6; the table starts at column 8. */
    static final int TABLE_COLUMN = 8;
    static final int[] WIDTHS = {11, 11, 11, 11, 11, 11, 11, 2, 22, 6, 9, 9, 9, 9, 9};

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
        w.widths(WIDTHS);
        w.title(t.get("funnels.title", subject)).note(t.get("benchmark.funnels-note", who));
        if (rows.isEmpty()) {
            w.blank().note(t.get("benchmark.no-funnel"));
        }
        float page = w.pageHeightPt(true);
        int pageStart = 0;
        int shown = 0;
        for (BenchmarkRow r : rows) {
            if (shown == MAX_FUNNELS) {
                w.note(t.get("benchmark.more-funnels", rows.size() - MAX_FUNNELS));
                break;
            }
            List<IndicatorResult> points = points(r);
            int blockRows = 2 + Math.max(SheetWriter.pictureRows(FunnelPictures.HEIGHT), points.size() + 3);
            if (shown > 0 && w.heightPt(pageStart, w.rowIndex() - 1) + blockRows * 15f + 10 > page) {
                w.pageBreak();
                pageStart = w.rowIndex();
            }
            shown++;
            String definition = IndicatorCells.definition(r.own(), t);
            String title = r.definition().label(t.locale()) + (definition.isEmpty() ? "" : " (" + definition + ")");
            w.blank().heading(ownPosition ? title + ": " + t.get("benchmark.funnel-caption", IndicatorCells.period(r.own(), t),
                    t.word("funnel", Objects.requireNonNull(r.funnelPosition()))) : title);
            int first = w.rowIndex();
            w.reserve(Math.max(SheetWriter.pictureRows(FunnelPictures.HEIGHT), points.size() + 3));
            w.pictureAt(FunnelPictures.png(r, highlighted, who, title, t), 0, first);
            table(w, s, t, r, points, highlighted, first);
        }
        w.print(true, t.get("funnels.title", subject), t);
    }

    /** The values drawn: those from exact counts (n and numerator), by n. */
    static List<IndicatorResult> points(BenchmarkRow r) {
        List<IndicatorResult> all = new ArrayList<>(r.peers());
        all.add(r.own());
        return all.stream().filter(x -> x.n() != null && x.value() != null && x.numerator() != null)
                .sorted(Comparator.comparing(IndicatorResult::n).thenComparing(IndicatorResult::subjectName)).toList();
    }

    /** Beside the picture: programme, n, value and the limits at its n; the pooled share under it. */
    private static void table(SheetWriter w, CellStyles s, Texts t, BenchmarkRow r, List<IndicatorResult> points,
                              Set<String> highlighted, int first) {
        double p0 = Objects.requireNonNull(r.pooledPeerShare());
        w.headerAt(first, TABLE_COLUMN, List.of(t.get("col.programme"), "n", t.get("col.value"), t.get("funnels.low95"),
                t.get("funnels.high95"), t.get("funnels.low998"), t.get("funnels.high998")));
        int row = first + 1;
        for (IndicatorResult x : points) {
            FunnelLimits l = FunnelLimits.at(p0, Objects.requireNonNull(x.n()));
            boolean mine = highlighted.contains(x.subjectId());
            w.rowAt(row++, TABLE_COLUMN).text(x.subjectName() + (mine ? " ■" : ""), mine ? s.label : s.text)
                    .integer(x.n()).percent(x.value()).percent(l.low95()).percent(l.high95()).percent(l.low998())
                    .percent(l.high998());
        }
        w.rowAt(row, TABLE_COLUMN).text(t.get("funnels.pooled"), s.label).blank().percent(p0);
    }
}
