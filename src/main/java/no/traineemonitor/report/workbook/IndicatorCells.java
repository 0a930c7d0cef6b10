package no.traineemonitor.report.workbook;

import java.util.ArrayList;
import java.util.List;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorResult;
import org.apache.poi.ss.usermodel.CellStyle;
import org.jspecify.annotations.Nullable;

/**
 * How an indicator value is written, the same on every sheet: the value in its unit (shares as percent), and beside it
 * numerator, denominator, n and the 95 % interval, so a funder can check it; a withheld value stays empty with the
 * reason; estimates and range bounds keep their qualifier.
 */
public final class IndicatorCells {

    private IndicatorCells() {
    }

    /** Column headers for {@link #values}: value, numerator, denominator, n, interval low, interval high. */
    public static List<String> valueHeaders(Texts t) {
        return List.of(t.get("col.value"), t.get("col.numerator"), t.get("col.denominator"), "n",
                t.get("col.ci-low"), t.get("col.ci-high"));
    }

    public static void values(SheetWriter.RowWriter row, IndicatorResult r, CellStyles s) {
        row.number(r.value(), valueStyle(r.indicatorId(), r.kind(), s))
                .number(r.numerator(), countStyle(r.numerator(), s))
                .number(r.denominator(), countStyle(r.denominator(), s))
                .number(r.n(), countStyle(r.n(), s))
                .number(r.ciLow(), valueStyle(r.indicatorId(), r.kind(), s))
                .number(r.ciHigh(), valueStyle(r.indicatorId(), r.kind(), s));
    }

    /** Shares in percent, kroner with "kr", other numbers with two decimals. */
    public static CellStyle valueStyle(String indicatorId, String kind, CellStyles s) {
        if ("share".equals(kind)) {
            return s.percent;
        }
        if (indicatorId.endsWith("_nok")) {
            return s.nok;
        }
        return s.decimal;
    }

    private static CellStyle countStyle(@Nullable Double v, CellStyles s) {
        return v == null || v == Math.rint(v) ? s.integer : s.flexible;
    }

    /** "2012–2020", "2020" or "" (not stated). */
    public static String period(@Nullable Integer start, @Nullable Integer end) {
        if (start == null && end == null) {
            return "";
        }
        if (start == null || end == null || start.equals(end)) {
            return String.valueOf(end != null ? end : start);
        }
        return start + "–" + end;
    }

    public static String period(IndicatorResult r) {
        return period(r.periodStart(), r.periodEnd());
    }

    /** Scope, horizon and variant in words ("programmets traineer, 1 år etter"). */
    public static String definition(IndicatorResult r, Texts t) {
        List<String> parts = new ArrayList<>();
        if (r.scope() != null) {
            parts.add(t.word("scope", r.scope()));
        }
        if (r.horizon() != null) {
            parts.add(t.word("horizon", r.horizon()));
        }
        if (!r.variant().equals("a")) {
            parts.add(t.word("variant", r.variant()));
        }
        return String.join(", ", parts);
    }

    public static String label(@Nullable IndicatorDefinition d, String indicatorId, Texts t) {
        return d == null ? indicatorId : d.label(t.locale());
    }

    /** The mark of a withheld or disputed value; empty when there is nothing to say. */
    public static String mark(IndicatorResult r, int minimumN, Texts t) {
        List<String> marks = new ArrayList<>();
        if (r.suppressed()) {
            marks.add(t.get("mark.suppressed", minimumN));
        }
        if (r.conflicting()) {
            marks.add(t.get("mark.conflicting"));
        }
        return String.join("; ", marks);
    }

    public static String facts(IndicatorResult r) {
        return String.join(" ", r.factIds());
    }
}
