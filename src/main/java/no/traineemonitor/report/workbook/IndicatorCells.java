package no.traineemonitor.report.workbook;

import java.util.ArrayList;
import java.util.List;
import no.traineemonitor.indicator.IndicatorDefinition;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.PeriodText;
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

    /** The period in words by its kind, as on screen: "2020", "2006–2020 (flere år)", "fra 1999 (slutt ikke oppgitt)". */
    public static String period(IndicatorResult r, Texts t) {
        return PeriodText.of(r, t::shared);
    }

    /** Scope, horizon, variant, and the period and figure kind where they are not one year's outcome, in words. */
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
        if (!r.periodKind().equals("year")) {
            parts.add(t.shared("periodkind." + r.periodKind()));
        }
        if (!r.figureKind().equals("outcome")) {
            parts.add(t.shared("figure." + r.figureKind()));
        }
        return String.join(", ", parts);
    }

    /** Who a value is about: a programme, a statement about several programmes, or a pooled region. */
    public static String subject(IndicatorResult r, Texts t) {
        return switch (r.subjectType()) {
            case "programme" -> r.subjectName();
            case "programme_group" -> t.shared("compare.joint", r.subjectName());
            case "national" -> t.get("indicators.national");
            default -> t.get("indicators.pooled-subject", r.subjectName());
        };
    }

    /** How many comparable values of other programmes a rank rests on (empty for a value never ranked). */
    public static @Nullable Integer peers(IndicatorResult r) {
        return r.peers();
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

    /** The facts a value rests on: their ids, and the reference data in words. */
    public static String facts(IndicatorResult r, Texts t) {
        return no.traineemonitor.indicator.FactIds.text(r.factIds(), t::shared);
    }
}
