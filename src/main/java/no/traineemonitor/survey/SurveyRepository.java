package no.traineemonitor.survey;

import java.util.List;
import no.traineemonitor.base.sql.SqlFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the survey tables and their cells (sql/query/survey/). */
@Repository
class SurveyRepository {

    /** A row of public_survey_table with the source document's title. */
    record TableRow(String survey, String tableRef, int position, String theme, String caption, String captionEn,
                    String answers, @Nullable String compareWith, @Nullable String indicatorIds, @Nullable String caveat,
                    @Nullable String caveatEn, @Nullable String comparisonCaveat, @Nullable String comparisonCaveatEn,
                    String sourceFile, @Nullable String sourceTitle, String sourceSection, String sourceQuote) {
    }

    /** A row of public_survey. */
    record CellRow(String factId, String sourceFile, String tableRef, String question, String questionEn,
                   String answer, String answerEn, String group, String groupEn, double value, String unit,
                   @Nullable Integer n) {
    }

    private final JdbcClient jdbc;
    private final SqlFiles sql;

    SurveyRepository(JdbcClient jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    List<TableRow> tables() {
        return jdbc.sql(sql.get("query/survey/tables.sql"))
                .query((rs, i) -> new TableRow(rs.getString("survey"), rs.getString("table_ref"), rs.getInt("position"),
                        rs.getString("theme"), rs.getString("caption"), rs.getString("caption_en"), rs.getString("answers"),
                        rs.getString("compare_with"), rs.getString("indicator_ids"), rs.getString("caveat"),
                        rs.getString("caveat_en"), rs.getString("comparison_caveat"), rs.getString("comparison_caveat_en"),
                        rs.getString("source_file"), rs.getString("source_title"), rs.getString("source_section"),
                        rs.getString("source_quote")))
                .list();
    }

    List<CellRow> cells() {
        return jdbc.sql(sql.get("query/survey/cells.sql"))
                .query((rs, i) -> new CellRow(rs.getString("fact_id"), rs.getString("source_file"), rs.getString("table_ref"),
                        rs.getString("question"), rs.getString("question_en"), rs.getString("answer_category"),
                        rs.getString("answer_category_en"), rs.getString("respondent_group"),
                        rs.getString("respondent_group_en"), rs.getDouble("value"), rs.getString("unit"),
                        rs.getObject("n", Integer.class)))
                .list();
    }
}
