package no.traineemonitor.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import no.traineemonitor.base.sql.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SourceRepository {

    private final JdbcClient jdbc;
    private final SqlFiles sql;

    SourceRepository(JdbcClient jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    List<Fact> factsById(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // DuckDB takes the list as an array literal of quoted ids (ids come from the warehouse, quotes are escaped)
        String list = "[" + String.join(", ", ids.stream().map(id -> "'" + id.replace("'", "''") + "'").toList()) + "]";
        return jdbc.sql(sql.get("query/source/facts_by_id.sql").replace(":ids", list)).query(SourceRepository::fact).list();
    }

    List<Fact> factsByProgramme(String programmeId) {
        return jdbc.sql(sql.get("query/source/facts_by_programme.sql")).param("programme", programmeId)
                .query(SourceRepository::fact).list();
    }

    List<Fact> factsByDocument(String sourceFile) {
        return jdbc.sql(sql.get("query/source/facts_by_document.sql")).param("source_file", sourceFile)
                .query(SourceRepository::fact).list();
    }

    List<SourceDocument> documents() {
        return jdbc.sql(sql.get("query/source/documents.sql"))
                .query((rs, i) -> new SourceDocument(rs.getString("source_file"), rs.getString("title"),
                        rs.getString("publisher"), rs.getObject("year", Integer.class), rs.getLong("facts"),
                        rs.getLong("survey_cells"), rs.getLong("programmes")))
                .list();
    }

    static Fact fact(ResultSet rs, int row) throws SQLException {
        return Fact.fromRow(rs);
    }
}
