package no.traineemonitor.indicator;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One indicator of the catalogue (sql/view/R__05_indicator_catalogue.sql): labels, definition, numerator, denominator
 * and example in bokmål and English.
 */
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
        @Nullable String example,
        @Nullable String numeratorLabelNb,
        @Nullable String denominatorLabelNb,
        @Nullable String exampleEn) {

    /** Without the bokmål numerator and denominator and the English example (tests that need no words). */
    public IndicatorDefinition(String indicatorId, int sortOrder, String labelNb, String labelEn, String definitionNb,
                               String definitionEn, String kind, String numeratorLabel, @Nullable String denominatorLabel,
                               String direction, @Nullable String example) {
        this(indicatorId, sortOrder, labelNb, labelEn, definitionNb, definitionEn, kind, numeratorLabel, denominatorLabel,
                direction, example, null, null, null);
    }

    /** What is counted above the line, in the reader's language. */
    public String numerator(Locale locale) {
        return "en".equals(locale.getLanguage()) || numeratorLabelNb == null ? numeratorLabel : numeratorLabelNb;
    }

    /** What is counted below the line, in the reader's language; NULL for a value reported directly. */
    public @Nullable String denominator(Locale locale) {
        return "en".equals(locale.getLanguage()) || denominatorLabelNb == null ? denominatorLabel : denominatorLabelNb;
    }

    /** The worked example in the reader's language (the bokmål one quotes the sources). */
    public @Nullable String example(Locale locale) {
        return "en".equals(locale.getLanguage()) && exampleEn != null ? exampleEn : example;
    }

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
