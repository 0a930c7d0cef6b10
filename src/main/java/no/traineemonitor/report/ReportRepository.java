package no.traineemonitor.report;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import no.traineemonitor.base.sql.SqlFiles;
import no.traineemonitor.indicator.IndicatorFilter;
import no.traineemonitor.indicator.SelectionParameters;
import no.traineemonitor.report.workbook.CoverageRow;
import no.traineemonitor.report.workbook.HiresYear;
import no.traineemonitor.source.Fact;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The report's own questions to the warehouse (sql/query/report/), and the hires per year of the overview page. */
@Repository
class ReportRepository {

    /** Rows DuckDB hands over per fetch while the extract streams. */
    static final int FETCH_SIZE = 2048;

    private final JdbcClient jdbc;
    private final SqlFiles sql;

    ReportRepository(JdbcClient jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    record DataVersion(String version, @Nullable LocalDateTime builtAt) {
    }

    DataVersion dataVersion() {
        return jdbc.sql(sql.get("query/report/data_version.sql"))
                .query((rs, i) -> {
                    Timestamp built = rs.getTimestamp("built_at");
                    return new DataVersion(rs.getString("data_version"), built == null ? null : built.toLocalDateTime());
                })
                .optional().orElse(new DataVersion("(unknown)", null));
    }

    /** Programmes covering each municipality of a county, by kommunenummer. */
    Map<String, List<CoverageRow.Covering>> coverage(String county, String division) {
        return coverings(jdbc.sql(sql.get("query/report/coverage.sql")).param("county", county).param("division", division));
    }

    /** For each municipality a programme covers, every programme covering it. */
    Map<String, List<CoverageRow.Covering>> programmeCoverage(String programmeId) {
        return coverings(jdbc.sql(sql.get("query/report/programme_coverage.sql")).param("programme", programmeId));
    }

    private static Map<String, List<CoverageRow.Covering>> coverings(JdbcClient.StatementSpec query) {
        Map<String, List<CoverageRow.Covering>> out = new LinkedHashMap<>();
        query.query(rs -> {
            out.computeIfAbsent(rs.getString("kommunenummer"), k -> new ArrayList<>()).add(new CoverageRow.Covering(
                    rs.getString("programme_id"), rs.getString("name"), rs.getString("type"), rs.getString("status"),
                    rs.getString("basis")));
        });
        return out;
    }

    /** Trainees hired per single year: the very query of the overview page (query/dashboard/yearly_hires.sql). */
    List<HiresYear> hiresPerYear(IndicatorFilter f) {
        return selection("query/dashboard/yearly_hires.sql", f)
                .param("from_year", f.fromYear())
                .param("to_year", f.toYear())
                .query((rs, i) -> new HiresYear(rs.getInt("year"), rs.getDouble("hires"), rs.getInt("programmes"),
                        strings(rs.getArray("fact_ids"))))
                .list();
    }

    List<Fact> funding(IndicatorFilter f) {
        return selection("query/report/funding.sql", f).query(ReportRepository::fact).list();
    }

    private JdbcClient.StatementSpec selection(String file, IndicatorFilter f) {
        return SelectionParameters.bind(jdbc.sql(sql.get(file)), f);
    }

    /** Streams every fact (query/report/extract_facts.sql), one row at a time, values in the order of {@code columns}. */
    void forEachFact(List<String> columns, Consumer<Object[]> row) {
        stream("query/report/extract_facts.sql", columns, row);
    }

    /** Streams every survey cell (query/report/extract_survey.sql). */
    void forEachSurveyCell(List<String> columns, Consumer<Object[]> row) {
        stream("query/report/extract_survey.sql", columns, row);
    }

    private void stream(String file, List<String> columns, Consumer<Object[]> row) {
        int[] at = new int[columns.size()];
        jdbc.sql(sql.get(file)).withFetchSize(FETCH_SIZE).query(rs -> {
            if (at.length > 0 && at[0] == 0) { // each column's position once: by name, the driver compares every name
                for (int i = 0; i < at.length; i++) {
                    at[i] = rs.findColumn(columns.get(i));
                }
            }
            Object[] values = new Object[at.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getObject(at[i]);
            }
            row.accept(values);
        });
    }

    /** "file §section" of each fact of a batch (query/report/fact_sources.sql). */
    Map<String, String> factSources(Collection<String> factIds) {
        Map<String, String> out = new HashMap<>();
        if (factIds.isEmpty()) {
            return out;
        }
        jdbc.sql(sql.get("query/report/fact_sources.sql")).param("ids", List.copyOf(factIds)).query(rs -> {
            out.put(rs.getString("fact_id"), rs.getString("source_file") + " §" + rs.getString("source_section"));
        });
        return out;
    }

    static Fact fact(ResultSet rs, int row) throws SQLException {
        return Fact.fromRow(rs);
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        List<String> out = new ArrayList<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                out.add(String.valueOf(o));
            }
        }
        return out;
    }
}
