package no.traineemonitor.survey;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One table or figure of a survey, ready to draw: its verbatim title, the report's section and caveats, its columns,
 * what the checks found, and a comparison with an independent group where there is one.
 *
 * @param anchor       the id of the table on the survey page ("tabell-8"), for links such as /undersokelser#tabell-8
 * @param theme        background | recruitment | trainee_period | staying | firms
 * @param indicatorIds the indicators this table is the survey counterpart of
 */
public record SurveyTable(String survey, String tableRef, String anchor, String theme, String caption, String captionEn,
                          boolean severalAnswers, List<String> indicatorIds, @Nullable String caveat,
                          @Nullable String caveatEn, String sourceFile, String sourceTitle, String sourceSection,
                          String sourceQuote, List<SurveySeries> series, List<SurveyCheck> checks,
                          @Nullable SurveyComparison comparison) {

    public String caption(Locale locale) {
        return SurveySeries.english(locale) ? captionEn : caption;
    }

    public @Nullable String caveat(Locale locale) {
        return SurveySeries.english(locale) ? caveatEn : caveat;
    }

    /** The n of the table when all its columns have the same, else null (each column then shows its own). */
    public @Nullable Integer n() {
        List<Integer> ns = series.stream().map(SurveySeries::n).distinct().toList();
        return ns.size() == 1 ? ns.getFirst() : null;
    }

    /** "Tabell 8" → "8". */
    public String number() {
        return tableRef.substring(tableRef.indexOf(' ') + 1);
    }

    /** True for a figure (values read from a chart), false for a table. */
    public boolean figure() {
        return tableRef.startsWith("Figur");
    }

    public boolean hasCheck(SurveyCheck.Kind kind) {
        return checks.stream().anyMatch(c -> c.kind() == kind);
    }

    /** The id on the page for a table reference: "Tabell 8" → "tabell-8". */
    static String anchorOf(String tableRef) {
        return Objects.requireNonNull(tableRef).strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
