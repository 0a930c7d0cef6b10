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

    private static Locale numberLocale(Locale locale) {
        return LanguageSwitch.isEnglish(locale) ? Locale.UK : Locale.forLanguageTag("nb-NO");
    }
}
