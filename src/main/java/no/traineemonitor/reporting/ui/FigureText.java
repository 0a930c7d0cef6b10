package no.traineemonitor.reporting.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import no.traineemonitor.base.ui.NorwegianFormats;
import no.traineemonitor.reporting.ReturnMetric;
import org.jspecify.annotations.Nullable;

/** A reported value as the reader sees it: numbers in their locale ("1 200 000 kr"), choices by their label. */
final class FigureText {

    private FigureText() {
    }

    /** "–" for a figure not given (unknown, never 0). */
    static String shown(@Nullable ReturnMetric m, @Nullable String value, Locale locale, Component in) {
        if (value == null) {
            return "–";
        }
        if (m != null && m.numeric() && value.matches("-?\\d+")) {
            String n = NorwegianFormats.integer(Long.parseLong(value), locale);
            return m.unit().equals("nok") ? n + " kr" : n;
        }
        if (m != null && m.unit().equals("choice")) {
            return in.getTranslation("reporting.choice." + value);
        }
        return value;
    }
}
