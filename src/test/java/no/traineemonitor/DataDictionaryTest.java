package no.traineemonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** docs/data-dictionary.md documents every table and view of the warehouse, with every column, in order. */
@SpringBootTest
class DataDictionaryTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_table_and_view_and_column_is_documented() throws IOException {
        String doc = Files.readString(Path.of("docs/data-dictionary.md"));
        List<String> objects = jdbc.sql("""
                SELECT DISTINCT table_name FROM duckdb_columns()
                WHERE schema_name = 'main' AND NOT internal AND table_name <> 'flyway_schema_history'
                ORDER BY table_name""").query(String.class).list();
        assertThat(objects).contains("public_fact", "public_municipality", "ind_observation");
        List<String> missing = new ArrayList<>();
        for (String object : objects) {
            String heading = "### `" + object + "`";
            int at = doc.indexOf(heading);
            if (at < 0) {
                missing.add(object + " (no section)");
                continue;
            }
            int end = doc.indexOf("\n#", at + heading.length());
            String section = doc.substring(at, end < 0 ? doc.length() : end);
            List<String> columns = jdbc.sql("SELECT column_name FROM duckdb_columns() WHERE schema_name = 'main' "
                    + "AND table_name = ? ORDER BY column_index").param(object).query(String.class).list();
            int last = -1;
            for (String column : columns) {
                int row = section.indexOf("\n| " + column + " |");
                if (row < 0) {
                    missing.add(object + "." + column);
                } else if (row < last) {
                    missing.add(object + "." + column + " (out of order)");
                } else {
                    last = row;
                }
            }
        }
        assertThat(missing).as("undocumented objects or columns in docs/data-dictionary.md").isEmpty();
    }
}
