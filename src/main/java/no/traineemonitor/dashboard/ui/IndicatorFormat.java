package no.traineemonitor.dashboard.ui;

import java.text.NumberFormat;
import java.util.Locale;
import no.traineemonitor.indicator.IndicatorResult;
import no.traineemonitor.indicator.PeriodText;
import org.jspecify.annotations.Nullable;

/** Indicator values as text: shares in percent, amounts in kroner, Norwegian separators in nb; unknown stays blank. */
final class IndicatorFormat {

    private IndicatorFormat() {
    }

    static Locale numberLocale(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.UK : Locale.forLanguageTag("nb-NO");
    }

    static String value(IndicatorResult r, Locale locale) {
        if (r.suppressed()) {
            return "–";
        }
        return number(r.value(), r.kind(), r.indicatorId(), locale);
    }

    static String number(@Nullable Double v, String kind, String indicatorId, Locale locale) {
        if (v == null) {
            return "";
        }
        NumberFormat f;
        if ("share".equals(kind)) {
            f = NumberFormat.getPercentInstance(numberLocale(locale));
            f.setMinimumFractionDigits(1);
            f.setMaximumFractionDigits(1);
        } else if (indicatorId.endsWith("_nok")) {
            f = NumberFormat.getIntegerInstance(numberLocale(locale));
            return clean(f.format(v)) + " kr";
        } else {
            f = NumberFormat.getNumberInstance(numberLocale(locale));
            f.setMaximumFractionDigits(2);
        }
        return clean(f.format(v));
    }

    static String interval(IndicatorResult r, Locale locale) {
        if (r.suppressed() || r.ciLow() == null || r.ciHigh() == null) {
            return "";
        }
        return number(r.ciLow(), r.kind(), r.indicatorId(), locale).replace(" %", "").replace("%", "")
                + "–" + number(r.ciHigh(), r.kind(), r.indicatorId(), locale);
    }

    static String n(IndicatorResult r, Locale locale) {
        if (r.n() == null) {
            return "";
        }
        return clean(NumberFormat.getIntegerInstance(numberLocale(locale)).format(r.n()));
    }

    /** SSB's symbol in a table cell for a figure not known (never 0, never an empty cell). */
    static final String NOT_AVAILABLE = "..";
    /** SSB's symbol for a figure withheld: here a share resting on too few. */
    static final String WITHHELD = ":";
    /** SSB's symbol for a figure that cannot be there: an interval no count gives. */
    static final String NOT_APPLICABLE = ".";

    /** A value in a table cell: as stated, or SSB's ":" when withheld and ".." when not known. */
    static String valueCell(IndicatorResult r, Locale locale, PeriodText.Words words) {
        if (r.suppressed()) {
            return WITHHELD;
        }
        String v = valueAsStated(r, locale, words);
        return v.isEmpty() ? NOT_AVAILABLE : v;
    }

    /** n in a table cell: ":" when withheld, ".." when not known. */
    static String nCell(IndicatorResult r, Locale locale) {
        return r.suppressed() ? WITHHELD : r.n() == null ? NOT_AVAILABLE : n(r, locale);
    }

    /** The interval in a table cell: ":" when withheld, "." when no count gives one. */
    static String intervalCell(IndicatorResult r, Locale locale) {
        if (r.suppressed()) {
            return WITHHELD;
        }
        String ci = interval(r, locale);
        return ci.isEmpty() ? NOT_APPLICABLE : ci;
    }

    /** The period in words by its kind (one year, several years, a point in time, an open span). */
    static String period(IndicatorResult r, PeriodText.Words words) {
        return PeriodText.of(r, words);
    }

    /**
     * The value as the source gives it: a bound as "minst 70,0 %", otherwise the number (a range's ends are shown by the
     * caller side by side).
     */
    static String valueAsStated(IndicatorResult r, Locale locale, PeriodText.Words words) {
        String v = value(r, locale);
        if (v.isEmpty() || r.suppressed()) {
            return v;
        }
        return switch (r.qualifier()) {
            case "minimum" -> words.get("compare.lower-bound", v);
            case "maximum" -> words.get("compare.upper-bound", v);
            default -> v;
        };
    }

    /** How many comparable values of other programmes a value could be ranked against, in words ("3 sammenlignbare"). */
    static String peers(IndicatorResult r, PeriodText.Words words) {
        if (r.peers() == null) {
            return "";
        }
        return r.peers() == 1 ? words.get("compare.peers-one") : words.get("compare.peers", String.valueOf(r.peers()));
    }

    /**
     * The definition a value is comparable under: scope, horizon and variant, the figure kind when it is not an outcome,
     * and the kind of period when it is not one year.
     */
    static String definition(IndicatorResult r, PeriodText.Words words) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (r.scope() != null) {
            parts.add(words.get("scope." + r.scope()));
        }
        if (r.horizon() != null) {
            parts.add(words.get("horizon." + r.horizon()));
        }
        if (!r.variant().equals("a")) {
            parts.add(words.get("variant." + r.variant()));
        }
        if (!r.periodKind().equals("year")) {
            parts.add(words.get("periodkind." + r.periodKind()));
        }
        if (!r.figureKind().equals("outcome")) {
            parts.add(words.get("figure." + r.figureKind()));
        }
        return String.join(", ", parts);
    }

    private static String clean(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    /**
     * A value for export as the page shows it: a share in percent (0.913 → 91.3, exactly, no floating-point tail),
     * anything else as held; unknown stays null.
     */
    static @Nullable Number shown(IndicatorResult r, @Nullable Double v) {
        if (v == null) {
            return null;
        }
        return "share".equals(r.kind()) ? java.math.BigDecimal.valueOf(v).movePointRight(2) : v;
    }

    /** The unit of {@link #shown}: "%" for a share, "kr" for an amount, else empty. */
    static String unit(IndicatorResult r) {
        return "share".equals(r.kind()) ? "%" : r.indicatorId().endsWith("_nok") ? "kr" : "";
    }
}
