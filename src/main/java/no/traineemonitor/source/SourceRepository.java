package no.traineemonitor.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import no.traineemonitor.base.sql.SqlFiles;
import org.springframework.jdbc.core.SqlTypeValue;
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
        return jdbc.sql(sql.get("query/source/facts_by_id.sql")).param("ids", texts(ids)).query(SourceRepository::fact).list();
    }

    /** The source files of a set of facts, each once (query/source/documents_of_facts.sql). */
    List<String> sourceFilesOf(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(sql.get("query/source/documents_of_facts.sql")).param("ids", texts(ids))
                .query((rs, i) -> rs.getString(1)).list();
    }

    /**
     * Texts as one array parameter. (Written into the SQL as a literal list, the 300 000 fact ids of a whole country's
     * matrix at 1 M facts took DuckDB 11 s to parse; as a parameter 0.5 s.)
     */
    private static SqlTypeValue texts(Collection<String> values) {
        String[] array = values.toArray(String[]::new);
        return (ps, index, sqlType, typeName) -> ps.setArray(index, ps.getConnection().createArrayOf("VARCHAR", array));
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
