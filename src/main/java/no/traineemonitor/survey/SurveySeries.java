package no.traineemonitor.survey;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One column of a survey table: a question put to a group of respondents, with n and its answers in the report's
 * order (ordinal answers keep their natural order, never sorted by size).
 *
 * @param label       what tells this column from the others of its table (the column or row label of a table of several
 *                    questions, or the respondent group), empty for a table of one column answered by everyone
 * @param n           respondents behind the column as the report states it; null = not stated
 * @param statedTotal the table's total row (Totalt/Total/Sum) when printed
 * @param tooSmall    n is below the minimum n: counts and shares are withheld
 */
public record SurveySeries(String question, String questionEn, String label, String labelEn, String group, String groupEn,
                           @Nullable Integer n, @Nullable Integer statedTotal, boolean tooSmall, List<SurveyAnswer> answers) {

    public String question(Locale locale) {
        return english(locale) ? questionEn : question;
    }

    public String label(Locale locale) {
        return english(locale) ? labelEn : label;
    }

    public String group(Locale locale) {
        return english(locale) ? groupEn : group;
    }

    /** The answers drawn as bars: answers and missing answers, not subtotals. */
    public List<SurveyAnswer> bars() {
        return answers.stream().filter(a -> a.kind() != SurveyAnswer.Kind.SUBTOTAL).toList();
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
