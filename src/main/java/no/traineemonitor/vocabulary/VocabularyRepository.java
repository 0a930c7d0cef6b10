package no.traineemonitor.vocabulary;

import java.util.List;
import no.traineemonitor.base.sql.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class VocabularyRepository {

    private final JdbcClient jdbc;
    private final SqlFiles sql;

    VocabularyRepository(JdbcClient jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    List<Label> labels() {
        return jdbc.sql(sql.get("query/vocabulary/labels.sql"))
                .query((rs, i) -> new Label(rs.getString("kind"), rs.getString("code"), rs.getString("label_nb"),
                        rs.getString("label_en"), rs.getString("one_nb"), rs.getString("one_en")))
                .list();
    }
}
