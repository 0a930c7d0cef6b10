package no.traineemonitor.indicator;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Indicator values made by hand for unit tests of ranking and suppression (the database is not involved). */
public final class TestResults {

    private TestResults() {
    }

    /** A programme's exact count-based share x of n for one year. */
    public static IndicatorResult counts(String indicatorId, String programmeId, int year, double x, double n) {
        return result(indicatorId, programmeId, year, year, "year", "outcome", "reported", x / n, x, n, "counts");
    }

    /** A programme's value that is not a share (a ratio or amount) for one year. */
    public static IndicatorResult value(String indicatorId, String programmeId, int year, double v) {
        return result(indicatorId, programmeId, year, year, "year", "outcome", "reported", v, null, null, "counts");
    }

    public static IndicatorResult result(String indicatorId, String subjectId, @Nullable Integer start, @Nullable Integer end,
                                         String periodKind, String figureKind, String qualifier, @Nullable Double value,
                                         @Nullable Double numerator, @Nullable Double denominator, String basis) {
        String qualifierClass = switch (qualifier) {
            case "reported" -> "exact";
            case "range_low", "range_high" -> "range";
            case "minimum", "maximum" -> "bound";
            default -> qualifier;
        };
        String key = indicatorId + "|a|programme||" + periodKind + "|" + figureKind + "|" + qualifierClass;
        String subjectType = subjectId.contains(" ") ? "programme_group" : "programme";
        boolean share = denominator != null && numerator != null && value != null && value <= 1;
        return new IndicatorResult(indicatorId, "a", subjectType, subjectId, subjectId, start, end, periodKind, figureKind,
                "programme", null, qualifier, qualifierClass, value, numerator, denominator, share ? denominator : null,
                null, null, false, null, basis, share ? "share" : "ratio", key, false, List.of(), List.of(), List.of(), null);
    }
}
