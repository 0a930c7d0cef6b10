package no.traineemonitor.reference;

import java.util.List;
import no.traineemonitor.base.sql.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReferenceRepository {

    private final JdbcClient jdbc;
    private final SqlFiles sql;

    ReferenceRepository(JdbcClient jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** All 356 municipalities of 2020, by number. */
    List<Municipality> municipalities() {
        return jdbc.sql(sql.get("query/reference/municipalities.sql"))
                .query((rs, i) -> new Municipality(rs.getString("kommunenummer"), rs.getString("name"),
                        rs.getString("county_number_2020"), rs.getString("county_name_2020"),
                        rs.getString("county_number_2024"), rs.getString("county_name_2024"),
                        rs.getString("ba_nr"), rs.getString("ba_name"), rs.getObject("centrality_class", Integer.class),
                        rs.getString("centrality_version"), rs.getObject("population", Integer.class),
                        rs.getObject("population_2021", Integer.class)))
                .list();
    }

    /** The reference version the views use now. */
    ReferenceVersion currentVersion() {
        return jdbc.sql(sql.get("query/reference/current_version.sql"))
                .query((rs, i) -> new ReferenceVersion(rs.getInt("version_id"), rs.getString("title_nb"),
                        rs.getString("title_en"), rs.getObject("figures_date", java.time.LocalDate.class),
                        rs.getString("ssb_tables"), rs.getString("licence"),
                        rs.getObject("loaded_at", java.time.LocalDateTime.class), rs.getBoolean("centrality_2024_on_2020")))
                .single();
    }

    /** Every reference version, newest first. */
    List<ReferenceVersionSummary> versions() {
        return jdbc.sql(sql.get("query/reference/versions.sql"))
                .query((rs, i) -> new ReferenceVersionSummary(rs.getInt("version_id"), rs.getString("title_nb"),
                        rs.getString("title_en"), rs.getObject("figures_date", java.time.LocalDate.class),
                        rs.getObject("commuting_year", Integer.class), rs.getObject("employment_year", Integer.class),
                        rs.getObject("loaded_at", java.time.LocalDateTime.class)))
                .list();
    }

    List<CentralityCheck> centralityCheck() {
        return jdbc.sql("SELECT * FROM check_centrality_table1 ORDER BY county_group = 'NO' DESC, county_group, centrality_class")
                .query((rs, i) -> new CentralityCheck(rs.getString("county_group"), rs.getInt("centrality_class"),
                        rs.getObject("table1_count", Integer.class), rs.getLong("warehouse_count"), rs.getLong("difference"),
                        rs.getString("fact_id")))
                .list();
    }

    List<BaRegion> baRegions() {
        return jdbc.sql("SELECT ba_nr, name FROM ref_ba_region ORDER BY ba_nr")
                .query((rs, i) -> new BaRegion(rs.getString("ba_nr"), rs.getString("name")))
                .list();
    }

    List<County> counties(CountyDivision division) {
        return jdbc.sql(sql.get("query/reference/counties.sql"))
                .param("division", division.year())
                .query((rs, i) -> new County(rs.getString("county_number"), rs.getString("name"),
                        rs.getInt("municipalities"), division))
                .list();
    }
}
