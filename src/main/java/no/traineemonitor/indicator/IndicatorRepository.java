package no.traineemonitor.indicator;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.traineemonitor.base.sql.SqlFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IndicatorRepository {

    private final JdbcClient jdbc;
    private final SqlFiles sql;

    IndicatorRepository(JdbcClient jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    List<IndicatorDefinition> catalogue() {
        return jdbc.sql("SELECT * FROM indicator_definition ORDER BY sort_order")
                .query((rs, i) -> new IndicatorDefinition(rs.getString("indicator_id"), rs.getInt("sort_order"),
                        rs.getString("label_nb"), rs.getString("label_en"), rs.getString("definition_nb"),
                        rs.getString("definition_en"), rs.getString("kind"), rs.getString("numerator_label"),
                        rs.getString("denominator_label"), rs.getString("direction"), rs.getString("example"),
                        rs.getString("numerator_label_nb"), rs.getString("denominator_label_nb"), rs.getString("example_en")))
                .list();
    }

    /** Values per subject from sql/query/indicator/observations.sql. */
    List<Observation> observations(IndicatorFilter f) {
        return observationsQuery(f).query((rs, i) -> observation(rs)).list();
    }

    /** The same rows one at a time, never all in memory (the full extract). */
    void forEachObservation(IndicatorFilter f, java.util.function.Consumer<Observation> action) {
        observationsQuery(f).query(rs -> {
            action.accept(observation(rs));
        });
    }

    private JdbcClient.StatementSpec observationsQuery(IndicatorFilter f) {
        return SelectionParameters.bind(jdbc.sql(sql.get("query/indicator/observations.sql")), f)
                .param("indicator", f.indicatorId())
                .param("from_year", f.fromYear())
                .param("to_year", f.toYear());
    }

    private static Observation observation(ResultSet rs) throws SQLException {
        return new Observation(rs.getString("indicator_id"), rs.getString("variant"),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("subject_name"),
                integer(rs, "period_start"), integer(rs, "period_end"), rs.getString("period_kind"),
                rs.getString("figure_kind"), rs.getString("scope"), rs.getString("horizon"), rs.getString("qualifier"),
                rs.getString("qualifier_class"), decimal(rs, "numerator"),
                decimal(rs, "denominator"), decimal(rs, "reported_value"), decimal(rs, "value"),
                rs.getString("basis"), rs.getString("kind"), strings(rs.getArray("fact_ids")),
                rs.getString("comparability_key"), rs.getBoolean("sources_disagree"));
    }

    /** Pooled values per region from sql/query/indicator/pooled.sql. */
    List<Pooled> pooled(String regionType, @Nullable String regionId, IndicatorFilter f) {
        return jdbc.sql(sql.get("query/indicator/pooled.sql"))
                .param("region_type", regionType)
                .param("region_id", regionId)
                .param("indicator", f.indicatorId())
                .param("type", f.programmeType())
                .param("from_year", f.fromYear())
                .param("to_year", f.toYear())
                .query((rs, i) -> new Pooled(rs.getString("region_type"), rs.getString("region_id"),
                        rs.getString("indicator_id"), rs.getString("comparability_key"), integer(rs, "period_start"),
                        integer(rs, "period_end"), rs.getString("period_kind"), rs.getString("figure_kind"),
                        rs.getDouble("numerator"), rs.getDouble("denominator"),
                        strings(rs.getArray("programmes")), strings(rs.getArray("fact_ids")), rs.getString("qualifier")))
                .list();
    }

    /** Latest value per programme, pooled over the selection (sql/query/indicator/pooled_latest.sql). */
    List<Pooled> pooledLatest(IndicatorFilter f) {
        return SelectionParameters.bind(jdbc.sql(sql.get("query/indicator/pooled_latest.sql")), f)
                .param("indicator", f.indicatorId())
                .param("from_year", f.fromYear())
                .param("to_year", f.toYear())
                .query((rs, i) -> new Pooled("selection", "selection", rs.getString("indicator_id"),
                        rs.getString("comparability_key"), integer(rs, "period_start"), integer(rs, "period_end"),
                        rs.getString("period_kind"), rs.getString("figure_kind"), rs.getDouble("numerator"),
                        rs.getDouble("denominator"), strings(rs.getArray("programmes")), strings(rs.getArray("fact_ids")),
                        rs.getString("qualifier")))
                .list();
    }

    /** Latest value per programme, pooled per county (2024) and over the country ('NO'): pooled_latest_by_county.sql. */
    List<Pooled> pooledLatestByCounty(IndicatorFilter f) {
        return jdbc.sql(sql.get("query/indicator/pooled_latest_by_county.sql"))
                .param("type", f.programmeType())
                .param("indicator", f.indicatorId())
                .param("from_year", f.fromYear())
                .param("to_year", f.toYear())
                .query((rs, i) -> new Pooled(rs.getString("region_id").equals("NO") ? "all" : "county", rs.getString("region_id"),
                        rs.getString("indicator_id"), rs.getString("comparability_key"), integer(rs, "period_start"),
                        integer(rs, "period_end"), rs.getString("period_kind"), rs.getString("figure_kind"),
                        rs.getDouble("numerator"), rs.getDouble("denominator"), strings(rs.getArray("programmes")),
                        strings(rs.getArray("fact_ids")), rs.getString("qualifier")))
                .list();
    }

    /** Programme ids per region id, for one region type. */
    Map<String, List<String>> regionProgrammes(String regionType, @Nullable String programmeType) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        jdbc.sql(sql.get("query/indicator/region_programmes.sql"))
                .param("region_type", regionType)
                .param("type", programmeType)
                .query(rs -> {
                    out.computeIfAbsent(rs.getString("region_id"), k -> new ArrayList<>()).add(rs.getString("programme_id"));
                });
        return out;
    }

    /** Region names per type, for labels. */
    Map<String, String> regionNames(String regionType) {
        String query = switch (regionType) {
            case "county" -> "SELECT county_number AS id, name FROM ref_county_2024";
            case "county_2020" -> "SELECT county_number AS id, name FROM ref_county_2020";
            case "ba_region" -> "SELECT ba_nr AS id, name FROM ref_ba_region";
            case "centrality_class" -> "SELECT CAST(range AS VARCHAR) AS id, 'Sentralitetsklasse ' || range AS name FROM range(1, 7)";
            default -> "SELECT 'NO' AS id, 'Alle programmer' AS name";
        };
        Map<String, String> names = new java.util.HashMap<>();
        jdbc.sql(query).query(rs -> {
            names.put(rs.getString("id"), rs.getString("name"));
        });
        return names;
    }

    record Observation(String indicatorId, String variant, String subjectType, String subjectId, String subjectName,
                       @Nullable Integer periodStart, @Nullable Integer periodEnd, String periodKind, String figureKind,
                       @Nullable String scope, @Nullable String horizon, String qualifier, String qualifierClass,
                       @Nullable Double numerator,
                       @Nullable Double denominator, @Nullable Double reportedValue, @Nullable Double value,
                       String basis, String kind, List<String> factIds, String comparabilityKey, boolean sourcesDisagree) {
    }

    record Pooled(String regionType, String regionId, String indicatorId, String comparabilityKey,
                  @Nullable Integer periodStart, @Nullable Integer periodEnd, String periodKind, String figureKind,
                  double numerator, double denominator,
                  List<String> programmes, List<String> factIds, String qualifier) {
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Integer.class);
    }

    private static @Nullable Double decimal(ResultSet rs, String column) throws SQLException {
        Object v = rs.getObject(column);
        return v == null ? null : ((Number) v).doubleValue();
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) {
            if (v != null) {
                out.add(v.toString());
            }
        }
        return out;
    }
}
