package no.traineemonitor.dashboard.ui;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.base.ui.NorwegianFormats;
import no.traineemonitor.coverage.MunicipalityCoverage;
import org.jspecify.annotations.Nullable;

/** Numbers and small words of the coverage page's sections: percent, decimals and signs in the reader's format. */
final class CoverageFormats {

    private CoverageFormats() {
    }

    static String integer(long v, Locale locale) {
        return NorwegianFormats.integer(v, locale);
    }

    static String percent(@Nullable Double share, Locale locale) {
        if (share == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getPercentInstance(IndicatorFormat.numberLocale(locale));
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(share).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    static String percent0(double share, Locale locale) {
        NumberFormat f = NumberFormat.getPercentInstance(IndicatorFormat.numberLocale(locale));
        f.setMaximumFractionDigits(0);
        return f.format(share).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    /** As {@link #decimal(double, int, Locale)}; unknown is SSB's ".." (not available), never 0. */
    static String decimal(@org.jspecify.annotations.Nullable Double v, int digits, Locale locale) {
        return v == null ? ".." : decimal(v.doubleValue(), digits, locale);
    }

    static String decimal(double v, int digits, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(IndicatorFormat.numberLocale(locale));
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(v).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    static String signed(int v) {
        return v > 0 ? "+" + v : v < 0 ? "−" + (-v) : "0";
    }

    static boolean isPeriphery(MunicipalityCoverage m) {
        return m.centralityClass() != null && m.centralityClass() >= 5;
    }

    static long orZero(@Nullable Integer v) {
        return v == null ? 0 : v;
    }

    static String text(@Nullable String v) {
        return v == null ? "" : v;
    }

    /** "1:2 · 5:3": how many municipalities of each centrality class. */
    static String mix(List<Integer> counts) {
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            if (counts.get(i) > 0) {
                parts.add((i + 1) + ":" + counts.get(i));
            }
        }
        return String.join(" · ", parts);
    }
}
