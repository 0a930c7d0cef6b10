package no.traineemonitor.dashboard.ui;

import java.text.NumberFormat;
import java.util.Locale;
import no.traineemonitor.indicator.IndicatorResult;
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

    static String period(IndicatorResult r) {
        if (r.periodStart() == null && r.periodEnd() == null) {
            return "";
        }
        if (r.periodStart() == null || r.periodEnd() == null || r.periodStart().equals(r.periodEnd())) {
            return String.valueOf(r.periodEnd() != null ? r.periodEnd() : r.periodStart());
        }
        return r.periodStart() + "–" + r.periodEnd();
    }

    /** The definition a value is comparable under: scope, horizon and variant in words. */
    static String definition(IndicatorResult r, java.util.function.Function<String, String> translate) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (r.scope() != null) {
            parts.add(translate.apply("scope." + r.scope()));
        }
        if (r.horizon() != null) {
            parts.add(translate.apply("horizon." + r.horizon()));
        }
        if (!r.variant().equals("a")) {
            parts.add(translate.apply("variant." + r.variant()));
        }
        return String.join(", ", parts);
    }

    private static String clean(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
