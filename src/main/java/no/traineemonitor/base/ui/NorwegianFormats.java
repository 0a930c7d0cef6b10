package no.traineemonitor.base.ui;

import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Number formats for the screen: nb uses a space as thousands separator and a decimal comma. */
public final class NorwegianFormats {

    private NorwegianFormats() {
    }

    /** A whole number in the locale's format; blank for unknown (never 0). */
    public static String integer(@Nullable Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        return NumberFormat.getIntegerInstance(numberLocale(locale)).format(value).replace('\u00A0', ' ');
    }

    /** A number with a fixed count of decimals in the locale's format (nb: 0,173); blank for unknown (never 0). */
    public static String decimal(@Nullable Double value, int digits, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(numberLocale(locale));
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(value).replace('\u00A0', ' ').replace('\u2212', '-');
    }

    private static Locale numberLocale(Locale locale) {
        return LanguageSwitch.isEnglish(locale) ? Locale.UK : Locale.forLanguageTag("nb-NO");
    }
}
