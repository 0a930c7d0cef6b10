package no.traineemonitor.programme;

import java.util.List;
import no.traineemonitor.base.sql.SqlFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProgrammeRepository {

    private final JdbcClient jdbc;
    private final SqlFiles sql;

    ProgrammeRepository(JdbcClient jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    List<Programme> programmes(@Nullable String county2024, @Nullable String status, @Nullable String type) {
        return jdbc.sql(sql.get("query/programme/programmes.sql"))
                .param("county2024", county2024)
                .param("status", status)
                .param("type", type)
                .query((rs, i) -> new Programme(rs.getString("programme_id"), rs.getString("name"), rs.getString("type"),
                        rs.getString("status"), rs.getString("county_number_2024"), rs.getString("county_name_2024"),
                        rs.getString("county_number_2020"), rs.getString("county_name_2020"), rs.getString("host"),
                        rs.getObject("founded_year", Integer.class), rs.getObject("length_months", Integer.class),
                        rs.getLong("municipality_count"), rs.getLong("fact_count"), rs.getString("source_file"),
                        rs.getString("source_section"), rs.getString("note"), rs.getString("source_label")))
                .list();
    }
}
