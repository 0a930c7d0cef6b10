package no.traineemonitor.base.export;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import no.traineemonitor.base.sql.SqlFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The warehouse's data version, for the files a page exports. */
@Repository
class ExportRepository {

    record DataVersion(String version, @Nullable LocalDateTime builtAt) {
    }

    private final JdbcClient jdbc;
    private final SqlFiles sql;

    ExportRepository(JdbcClient jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Nullable DataVersion dataVersion() {
        return jdbc.sql(sql.get("query/dashboard/data_version.sql")).query((rs, i) -> {
            Timestamp built = rs.getTimestamp("built_at");
            return new DataVersion(rs.getString("data_version"), built == null ? null : built.toLocalDateTime());
        }).optional().orElse(null);
    }
}
