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
        ObservationColumns columns = new ObservationColumns();
        return observationsQuery(f).query((rs, i) -> columns.read(rs)).list();
    }

    /** The same rows one at a time, never all in memory (the full extract). */
    void forEachObservation(IndicatorFilter f, java.util.function.Consumer<Observation> action) {
        ObservationColumns columns = new ObservationColumns();
        observationsQuery(f).query(rs -> {
            action.accept(columns.read(rs));
        });
    }

    private JdbcClient.StatementSpec observationsQuery(IndicatorFilter f) {
        return SelectionParameters.bind(jdbc.sql(sql.get("query/indicator/observations.sql")), f)
                .param("indicator", f.indicatorId())
                .param("from_year", f.fromYear())
                .param("to_year", f.toYear());
    }

    /** Every programme with what a selection asks of it. */
    List<SelectableProgramme> selectableProgrammes() {
        return jdbc.sql(sql.get("query/indicator/selectable_programmes.sql"))
                .query((rs, i) -> new SelectableProgramme(rs.getString("programme_id"), rs.getString("county_number_2024"),
                        rs.getString("county_number_2020"), strings(rs.getArray("ba_regions")),
                        rs.getObject("dominant_centrality_class", Integer.class), rs.getString("type")))
                .list();
    }

    /** How many values the warehouse holds, of every indicator and subject. */
    long valueCount() {
        return jdbc.sql(sql.get("query/indicator/value_count.sql")).query(Long.class).single();
    }

    /**
     * Per programme and comparability key, its latest value that may be ranked (sql/query/indicator/latest_rankable.sql),
     * one at a time.
     */
    void forEachLatestRankable(int minimumN, java.util.function.Consumer<Observation> action) {
        ObservationColumns columns = new ObservationColumns();
        jdbc.sql(sql.get("query/indicator/latest_rankable.sql")).param("minimum_n", minimumN).query(rs -> {
            action.accept(columns.read(rs));
        });
    }

    /**
     * Reads rows of observations.sql or latest_rankable.sql as observations, looking each column's position up once per
     * query (by name, per row, the driver compares every column name). The texts every row repeats (ids, names, kinds,
     * keys) are interned, so that results held in memory share one copy of each; fact ids are each row's own (kept
     * compactly, see {@link Compact}).
     */
    private static final class ObservationColumns {

        private static final String[] NAMES = {"indicator_id", "variant", "subject_type", "subject_id", "subject_name",
            "period_start", "period_end", "period_kind", "figure_kind", "scope", "horizon", "qualifier", "qualifier_class",
            "numerator", "denominator", "reported_value", "value", "basis", "kind", "fact_ids", "comparability_key",
            "sources_disagree"};
        private int @Nullable [] at;

        Observation read(ResultSet rs) throws SQLException {
            int[] c = at;
            if (c == null) {
                c = new int[NAMES.length];
                for (int i = 0; i < NAMES.length; i++) {
                    c[i] = rs.findColumn(NAMES[i]);
                }
                at = c;
                before = new String[rs.getMetaData().getColumnCount() + 1];
            }
            return new Observation(text(rs, c[0]), text(rs, c[1]), text(rs, c[2]), text(rs, c[3]), text(rs, c[4]),
                    rs.getObject(c[5], Integer.class), rs.getObject(c[6], Integer.class), text(rs, c[7]), text(rs, c[8]),
                    text(rs, c[9]), text(rs, c[10]), text(rs, c[11]), text(rs, c[12]), decimal(rs, c[13]),
                    decimal(rs, c[14]), decimal(rs, c[15]), decimal(rs, c[16]), text(rs, c[17]), text(rs, c[18]),
                    strings(rs.getArray(c[19])), text(rs, c[20]), rs.getBoolean(c[21]));
        }

        /** The texts of this query already seen: interning each one once is faster than once per row. */
        private final Map<String, String> seen = new java.util.HashMap<>();
        /** Per column its text in the row before: rows come sorted, so most texts repeat the row before. */
        private @Nullable String[] before = new String[0];

        private @Nullable String text(ResultSet rs, int column) throws SQLException {
            String s = rs.getString(column);
            if (s == null) {
                return null;
            }
            String last = before[column];
            if (s.equals(last)) {
                return last;
            }
            String shared = seen.computeIfAbsent(s, String::intern);
            before[column] = shared;
            return shared;
        }

        private static @Nullable Double decimal(ResultSet rs, int column) throws SQLException {
            Object v = rs.getObject(column);
            return v == null ? null : v instanceof Double d ? d : ((Number) v).doubleValue();
        }
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
        boolean allYears = f.fromYear() == null && f.toYear() == null;
        var query = SelectionParameters.bind(jdbc.sql(sql.get(allYears ? "query/indicator/pooled_latest_all_years.sql"
                        : "query/indicator/pooled_latest.sql")), f)
                .param("indicator", f.indicatorId());
        if (!allYears) {
            query = query.param("from_year", f.fromYear()).param("to_year", f.toYear());
        }
        return query
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

        /** Kept compactly: a pooled value of the whole country lists thousands of programmes and their facts. */
        Pooled {
            programmes = Compact.texts(programmes);
            factIds = Compact.texts(factIds);
        }
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
