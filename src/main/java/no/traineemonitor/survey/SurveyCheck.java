package no.traineemonitor.survey;

import org.jspecify.annotations.Nullable;

/**
 * Something a reader must know to read a table right, found by checking the table against itself: rows that do not
 * add up to n (the report's own total is kept, nothing is rescaled), shares that do not fit the stated n, answers a
 * column lacks, counts derived from shares, columns answered by the same respondents, a column too small to read.
 * {@link SurveyWording#check} says it in bokmål or English.
 *
 * @param series   the column it is about (its label), or null for the whole table
 * @param answer   the answer it is about (MISSING_ANSWER), or null
 * @param sum      ROWS_SHORT/ROWS_OVER: the rows' count; SHARES_NOT_100/SEVERAL_ANSWERS: the shares' sum in percent
 * @param n        the stated n
 * @param fittingN SHARES_DO_NOT_FIT_N: the largest n below the stated one that all shares fit, or null if none does
 * @param example  SHARES_DO_NOT_FIT_N: a printed share (percent) that does not fit n
 */
public record SurveyCheck(Kind kind, @Nullable String series, @Nullable String seriesEn, @Nullable String answer,
                          @Nullable String answerEn, @Nullable Double sum, @Nullable Integer n, @Nullable Integer fittingN,
                          @Nullable Double example) {

    public enum Kind { ROWS_SHORT, ROWS_OVER, SHARES_NOT_100, SHARES_DO_NOT_FIT_N, SEVERAL_ANSWERS, MISSING_ANSWER,
        DERIVED_COUNTS, SAME_RESPONDENTS, TOO_SMALL }

    static SurveyCheck of(Kind kind) {
        return new SurveyCheck(kind, null, null, null, null, null, null, null, null);
    }

    /** Rows that do not add up: how many of n the table leaves out (ROWS_SHORT), or null. */
    public @Nullable Integer missingCount() {
        return kind == Kind.ROWS_SHORT && sum != null && n != null ? (int) Math.round(n - sum) : null;
    }
}
