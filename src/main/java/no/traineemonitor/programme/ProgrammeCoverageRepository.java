package no.traineemonitor.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.traineemonitor.base.sql.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProgrammeCoverageRepository {

    private final JdbcClient jdbc;
    private final SqlFiles sql;

    ProgrammeCoverageRepository(JdbcClient jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** sql/query/programme/coverage.sql; empty for an unknown programme. */
    Optional<ProgrammeCoverage> coverage(String programmeId) {
        var header = new ArrayList<String>(); // placement model, min education, quote of the first row
        var covered = new ArrayList<ProgrammeCoverage.Covered>();
        jdbc.sql(sql.get("query/programme/coverage.sql")).param("programme", programmeId).query(rs -> {
            if (header.isEmpty()) {
                header.add(rs.getString("placement_model"));
                header.add(rs.getString("min_education"));
                header.add(rs.getString("programme_source_quote"));
            }
            if (rs.getString("kommunenummer") != null) {
                covered.add(new ProgrammeCoverage.Covered(rs.getString("kommunenummer"), rs.getString("name"),
                        rs.getObject("centrality_class", Integer.class), rs.getObject("population", Integer.class),
                        rs.getString("basis"), rs.getString("source_file"), rs.getString("source_section"),
                        rs.getString("source_quote"), rs.getString("note"), rs.getLong("source_count")));
            }
        });
        if (header.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProgrammeCoverage(programmeId, header.get(0), header.get(1), header.get(2), List.copyOf(covered)));
    }
}
