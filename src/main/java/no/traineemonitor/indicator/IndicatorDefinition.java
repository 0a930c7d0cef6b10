package no.traineemonitor.indicator;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One indicator of the catalogue (sql/view/R__05_indicator_catalogue.sql). */
public record IndicatorDefinition(
        String indicatorId,
        int sortOrder,
        String labelNb,
        String labelEn,
        String definitionNb,
        String definitionEn,
        String kind,
        String numeratorLabel,
        @Nullable String denominatorLabel,
        String direction,
        @Nullable String example) {

    public boolean isShare() {
        return "share".equals(kind);
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelNb;
    }

    public String definition(Locale locale) {
        return "en".equals(locale.getLanguage()) ? definitionEn : definitionNb;
    }
}
