package no.traineemonitor.planner;

import java.util.List;
import no.traineemonitor.base.sql.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlannerRepository {

    private final JdbcClient jdbc;
    private final SqlFiles sql;

    PlannerRepository(JdbcClient jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** sql/query/planner/presets.sql */
    List<PresetFigure> presets() {
        return jdbc.sql(sql.get("query/planner/presets.sql")).query((rs, i) -> new PresetFigure(rs.getString("preset_id"),
                rs.getString("item"), rs.getString("category"), rs.getDouble("value"), rs.getString("unit"),
                rs.getString("qualifier"), rs.getBoolean("scales_with_cohort"), rs.getString("source_file"),
                rs.getString("source_title"), rs.getObject("source_year", Integer.class), rs.getString("source_section"),
                rs.getString("source_quote"), rs.getString("note"))).list();
    }

    /** sql/query/planner/preset_municipalities.sql */
    List<String> presetMunicipalities(String presetId) {
        return jdbc.sql(sql.get("query/planner/preset_municipalities.sql")).param("preset", presetId)
                .query(String.class).list();
    }
}
