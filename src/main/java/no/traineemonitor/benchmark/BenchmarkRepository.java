package no.traineemonitor.benchmark;

import java.util.List;
import no.traineemonitor.base.sql.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BenchmarkRepository {

    private final JdbcClient jdbc;
    private final SqlFiles sql;

    BenchmarkRepository(JdbcClient jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    List<ProgrammeProfile> profiles() {
        return jdbc.sql(sql.get("query/benchmark/programme_context.sql"))
                .query((rs, i) -> new ProgrammeProfile(rs.getString("programme_id"), rs.getString("name"),
                        rs.getString("type"), rs.getString("status"), rs.getString("length_band"),
                        rs.getString("size_band"), rs.getObject("dominant_centrality_class", Integer.class),
                        rs.getObject("median_yearly_hires") == null ? null : rs.getDouble("median_yearly_hires"),
                        rs.getObject("covered_municipalities", Long.class),
                        rs.getObject("covered_population") == null ? null : rs.getLong("covered_population")))
                .list();
    }
}
