package no.traineemonitor.report.workbook;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * The columns of the full extract: the warehouse's own column names (see docs/data-dictionary.md), so that the extract,
 * the DuckDB views and the data dictionary speak the same language. Numbers stay as stored: facts in their unit
 * (percent stays percent, 75 = 75 %), indicator shares as fractions (0.75).
 */
public final class ExtractColumns {

    public static final List<String> FACTS = List.of("fact_id", "programme_id", "programme_name", "region_type",
            "region_code", "metric", "category", "period_start", "period_end", "value", "unit", "scope", "horizon",
            "qualifier", "source_file", "source_title", "source_section", "source_quote", "conflict_note", "note",
            "period_kind", "figure_kind", "statement_programmes", "submission_id");

    public static final List<String> SURVEY = List.of("fact_id", "survey", "table_ref", "question", "answer_category",
            "respondent_group", "value", "unit", "n", "source_file", "source_title", "source_section", "source_quote",
            "note", "submission_id", "question_en", "answer_category_en", "respondent_group_en");

    /** What the surveys say (CSV only; the .xlsx has a sheet per survey): one row per table, column and answer. */
    public static final List<String> SURVEY_ANSWERS = List.of("survey", "table_ref", "theme", "question", "question_en",
            "respondent_group", "answer_category", "answer_category_en", "answer_kind", "count", "count_basis", "share",
            "ci_low", "ci_high", "n", "caveats", "source_file", "source_section", "source_quote");

    public static final List<String> INDICATORS = List.of("indicator_id", "variant", "subject_type", "subject_id",
            "subject_name", "period_start", "period_end", "period_kind", "figure_kind", "statement_programmes", "value",
            "numerator", "denominator", "n", "ci_low", "ci_high", "qualifier", "qualifier_class", "suppressed",
            "suppression_reason", "kind", "basis", "comparability_key", "scope", "horizon", "conflicting", "peers",
            "programmes", "programmes_left_out", "fact_ids", "sources");

    /** The CSV has one header for all four kinds of rows: "record", then every column once, in this order. */
    public static final List<String> CSV = csv();

    private ExtractColumns() {
    }

    private static List<String> csv() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        all.add("record");
        all.addAll(FACTS);
        all.addAll(SURVEY);
        all.addAll(SURVEY_ANSWERS);
        all.addAll(INDICATORS);
        return List.copyOf(all);
    }

    /** A width in characters that suits the column. */
    static int width(String column) {
        return switch (column) {
            case "source_quote", "question", "question_en", "note", "conflict_note", "caveats" -> 60;
            case "programme_name", "subject_name", "source_title", "answer_category", "answer_category_en",
                 "respondent_group", "respondent_group_en", "sources",
                 "fact_ids", "programmes", "programmes_left_out", "comparability_key", "suppression_reason",
                 "statement_programmes" -> 30;
            case "fact_id", "programme_id", "subject_id", "metric", "indicator_id", "category", "source_file",
                 "source_section", "survey", "table_ref" -> 22;
            default -> 12;
        };
    }
}
