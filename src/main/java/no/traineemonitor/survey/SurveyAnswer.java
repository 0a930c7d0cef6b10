package no.traineemonitor.survey;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One answer of a survey column: the count and the share of the column's respondents with its 95 % Wilson interval.
 * Unknown stays null, never 0.
 *
 * @param kind          an answer, a subtotal of answers above it ("Totalt (kategori 5 og 6)", not drawn as a bar), or an
 *                      answer the report gives for another column of the table but not for this one (all values null)
 * @param count         respondents giving the answer: as printed ({@link CountBasis#STATED}), or share × n rounded when
 *                      the report prints only the share and the shares fit n ({@link CountBasis#DERIVED}); else null
 * @param statedPercent the share as printed (percent, e.g. 78.7); null when the report prints only the count
 * @param share         the share (0–1): count / n when both are printed, else the printed percent; null when withheld
 *                      (n below the minimum: count and printed percent are then withheld too) or unknown
 * @param factIds       the survey cells (public_survey.fact_id) the values come from
 */
public record SurveyAnswer(String label, String labelEn, Kind kind, @Nullable Integer count, CountBasis countBasis,
                           @Nullable Double statedPercent, @Nullable Double share, @Nullable Double ciLow,
                           @Nullable Double ciHigh, List<String> factIds) {

    public enum Kind { ANSWER, SUBTOTAL, MISSING }

    public enum CountBasis { STATED, DERIVED, UNKNOWN }

    static SurveyAnswer missing(String label, String labelEn) {
        return new SurveyAnswer(label, labelEn, Kind.MISSING, null, CountBasis.UNKNOWN, null, null, null, null, List.of());
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : label;
    }
}
