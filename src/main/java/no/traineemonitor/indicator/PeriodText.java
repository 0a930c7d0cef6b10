package no.traineemonitor.indicator;

import org.jspecify.annotations.Nullable;

/**
 * A period in words, by its kind, for screen and workbook alike (keys {@code period.*} of the compare bundle): one year
 * "2020", several years "2006–2020 (flere år)", a point in time "per 2020", an open span "fra 1999 (slutt ikke
 * oppgitt)". An unknown period is said to be unknown, never shown as a year it is not.
 */
public final class PeriodText {

    /** A translator: the UI's getTranslation or the report's texts. */
    @FunctionalInterface
    public interface Words {
        String get(String key, Object... params);
    }

    private PeriodText() {
    }

    public static String of(IndicatorResult r, Words words) {
        if (r.basis().equals("pooled_latest") && r.programmes().size() > 1 && r.periodStart() != null
                && r.periodEnd() != null && !r.periodStart().equals(r.periodEnd())) {
            // the latest value of each programme (one year each, or each one's span): not one span
            return words.get(r.periodKind().equals("year") ? "period.latest-each" : "period.latest-each-span",
                    year(r.periodStart()), year(r.periodEnd()));
        }
        return of(r.periodKind(), r.periodStart(), r.periodEnd(), words);
    }

    public static String of(@Nullable String kind, @Nullable Integer start, @Nullable Integer end, Words words) {
        String s = start == null ? null : year(start);
        String e = end == null ? null : year(end);
        String k = kind == null ? (s != null && e != null && !s.equals(e) ? "multi_year" : "year") : kind;
        return switch (k) {
            case "multi_year" -> s != null && e != null ? words.get("period.multi", s, e) : words.get("period.open-unknown");
            case "open_ended" -> s != null ? words.get("period.open-from", s)
                    : e != null ? words.get("period.open-to", e) : words.get("period.open-unknown");
            case "point" -> s == null && e == null ? words.get("period.point-unknown") : words.get("period.point", e != null ? e : s);
            default -> s == null && e == null ? words.get("period.year-unknown")
                    : s == null || e == null || s.equals(e) ? (e != null ? e : s) : words.get("period.multi", s, e);
        };
    }

    /** A year as plain digits (MessageFormat would write 2 020 in bokmål). */
    private static String year(int y) {
        return Integer.toString(y);
    }
}
