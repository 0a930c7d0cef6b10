package no.traineemonitor.survey;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Two independent groups side by side: for each answer both shares, the difference (this group minus the other) with
 * its 95 % Newcombe interval, and whether it is larger than chance; a group with n below the minimum is too small to
 * read.
 *
 * @param otherTableRef the table the other group's answers are in (this table when it splits its own answers by group)
 */
public record SurveyComparison(String otherTableRef, String otherAnchor, SurveySeries own, SurveySeries other,
                               List<Difference> rows, @Nullable String caveat, @Nullable String caveatEn) {

    public enum Verdict { LARGER_THAN_CHANCE, WITHIN_CHANCE, TOO_SMALL, UNKNOWN }

    /** One answer in both groups; {@code interval} is null when the verdict is TOO_SMALL or UNKNOWN. */
    public record Difference(String label, String labelEn, SurveyAnswer own, SurveyAnswer other,
                             @Nullable DifferenceInterval interval, Verdict verdict) {

        public String label(Locale locale) {
            return SurveySeries.english(locale) ? labelEn : label;
        }
    }

    public @Nullable String caveat(Locale locale) {
        return SurveySeries.english(locale) ? caveatEn : caveat;
    }
}
