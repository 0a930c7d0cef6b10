package no.traineemonitor.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import no.traineemonitor.base.sql.SqlFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReturnRepository {

    private final JdbcClient jdbc;
    private final SqlFiles sql;

    ReturnRepository(JdbcClient jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** The template's figures in order (sql/view/R__06_return_template.sql). */
    List<ReturnMetric> template() {
        return jdbc.sql("SELECT * FROM return_metric ORDER BY sort_order").query((rs, i) -> new ReturnMetric(
                rs.getString("metric_id"), rs.getInt("sort_order"), rs.getString("section"), rs.getString("fact_metric"),
                rs.getString("fact_category"), rs.getString("fact_horizon"), rs.getString("unit"),
                rs.getString("period_kind"), rs.getInt("period_offset"), longOrNull(rs, "min_value"),
                longOrNull(rs, "max_value"), rs.getBoolean("required"), rs.getString("label_nb"), rs.getString("label_en"),
                rs.getString("definition_nb"), rs.getString("definition_en"), words(rs.getString("feeds")),
                words(rs.getString("choices")))).list();
    }

    /** A figure the warehouse holds for a programme around a return's year. */
    record KnownFigure(String factId, String metric, @Nullable String category, @Nullable String horizon, int year,
                       String periodKind, double value, String unit, String qualifier, String sourceTitle,
                       String sourceSection) {
    }

    List<KnownFigure> known(String programmeId, int year) {
        return jdbc.sql(sql.get("query/reporting/known_figures.sql")).param("programme", programmeId).param("year", year)
                .query((rs, i) -> new KnownFigure(rs.getString("fact_id"), rs.getString("metric"), rs.getString("category"),
                        rs.getString("horizon"), rs.getInt("period_end"), rs.getString("period_kind"), rs.getDouble("value"),
                        rs.getString("unit"), rs.getString("qualifier"), rs.getString("source_title"),
                        rs.getString("source_section"))).list();
    }

    Set<String> municipalityCodes() {
        return Set.copyOf(jdbc.sql("SELECT kommunenummer FROM ref_municipality").query(String.class).list());
    }

    private static @Nullable Long longOrNull(ResultSet rs, String column) throws SQLException {
        Object v = rs.getObject(column);
        return v == null ? null : ((Number) v).longValue();
    }

    private static List<String> words(@Nullable String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.strip().split("\\s+"));
    }
}
