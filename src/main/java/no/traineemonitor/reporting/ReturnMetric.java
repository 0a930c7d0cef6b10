package no.traineemonitor.reporting;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One figure of the yearly return (sql/view/R__06_return_template.sql): what is asked, in which unit and range, and
 * the fact a reported value becomes.
 *
 * @param unit         count | nok | choice | municipalities
 * @param periodKind   year (a flow during the year) | point (a state at the end of the year)
 * @param periodOffset 0 = the return's year; -1 = the year before (figures one year after completion)
 * @param choices      for unit choice, the allowed values
 */
public record ReturnMetric(String metricId, int sortOrder, String section, String factMetric,
                           @Nullable String factCategory, @Nullable String factHorizon, String unit, String periodKind,
                           int periodOffset, @Nullable Long minValue, @Nullable Long maxValue, boolean required,
                           String labelNb, String labelEn, String definitionNb, String definitionEn,
                           List<String> feeds, List<String> choices) {

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelNb;
    }

    public String definition(Locale locale) {
        return "en".equals(locale.getLanguage()) ? definitionEn : definitionNb;
    }

    /** A number (count or kroner), as opposed to a choice or a list of municipalities. */
    public boolean numeric() {
        return unit.equals("count") || unit.equals("nok");
    }
}
