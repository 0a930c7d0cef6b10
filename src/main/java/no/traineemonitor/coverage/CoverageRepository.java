package no.traineemonitor.coverage;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import no.traineemonitor.base.sql.SqlFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The coverage queries in {@code sql/query/coverage/}, mapped to records. */
@Repository
class CoverageRepository {

    /** The 2021 report (Nordlandsforskning) whose appendix 2 the coverage view reproduces. */
    static final String REPORT_2021 = "002_807c44608543e294.txt";

    private final JdbcClient jdbc;
    private final SqlFiles sql;

    CoverageRepository(JdbcClient jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    private JdbcClient.StatementSpec filtered(String file, CoverageFilter f) {
        return jdbc.sql(sql.get("query/coverage/" + file))
                .param("county2024", f.county2024())
                .param("county2020", f.county2020())
                .param("ba", f.baRegion())
                .param("centrality", f.centralityList())
                .param("type", f.programmeType())
                .param("programme", f.programmeId());
    }

    List<MunicipalityCoverage> municipalities(CoverageFilter f) {
        return filtered("municipalities.sql", f).query((rs, i) -> municipality(rs)).list();
    }

    List<MunicipalityCoverage> uncovered(CoverageFilter f) {
        return filtered("white_spots.sql", f).query((rs, i) -> municipality(rs)).list();
    }

    List<ClassCoverage> byClass(CoverageFilter f) {
        return filtered("by_class.sql", f)
                .query((rs, i) -> new ClassCoverage(rs.getObject("centrality_class", Integer.class),
                        rs.getInt("municipalities"), rs.getInt("covered_municipalities"), rs.getLong("population"),
                        rs.getLong("covered_population"), rs.getLong("population_2021"),
                        rs.getLong("covered_population_2021")))
                .list();
    }

    List<BaRegionCoverage> baRegions(CoverageFilter f) {
        return filtered("ba_regions.sql", f)
                .query((rs, i) -> new BaRegionCoverage(rs.getString("ba_nr"), rs.getString("ba_name"),
                        rs.getInt("municipalities"), rs.getInt("municipalities_in_region"),
                        rs.getInt("covered_municipalities"), strings(rs.getArray("programmes")),
                        rs.getLong("population"), rs.getLong("covered_population"),
                        List.of(rs.getInt("class_1"), rs.getInt("class_2"), rs.getInt("class_3"), rs.getInt("class_4"),
                                rs.getInt("class_5"), rs.getInt("class_6")),
                        rs.getObject("max_travel_time_min", Double.class), rs.getObject("mean_travel_time_min", Double.class),
                        rs.getLong("employed_residents"), rs.getLong("work_in_home_municipality"),
                        rs.getLong("out_commuters_within_ba"), rs.getLong("out_commuters_outside_ba"),
                        rs.getLong("out_commuters_other")))
                .list();
    }

    List<ClassCommuting> commutingByClass(CoverageFilter f) {
        return filtered("commuting_by_class.sql", f)
                .query((rs, i) -> new ClassCommuting(rs.getObject("centrality_class", Integer.class),
                        rs.getInt("municipalities"), rs.getLong("employed_residents"), rs.getLong("out_commuters"),
                        rs.getLong("out_commuters_outside_ba"), rs.getObject("area_mean_share", Double.class),
                        rs.getInt("national_municipalities"), rs.getDouble("national_pooled_share"),
                        rs.getDouble("national_mean_share"), rs.getObject("report_percent", Double.class),
                        rs.getString("report_qualifier"), rs.getString("report_fact_id"), rs.getString("report_quote")))
                .list();
    }

    List<CommutingCoefficient> commutingCoefficients() {
        return jdbc.sql(sql.get("query/coverage/commuting_coefficient.sql"))
                .query((rs, i) -> new CommutingCoefficient(rs.getString("fact_id"), rs.getString("programme_id"),
                        rs.getString("programme_name"), rs.getDouble("report_value"), rs.getString("qualifier"),
                        rs.getString("source_quote"), rs.getString("member_group"), strings(rs.getArray("municipalities")),
                        rs.getLong("employed_residents"), rs.getObject("within_ba_share_pooled", Double.class),
                        rs.getObject("within_ba_share_mean", Double.class), rs.getObject("gross_commuting_pooled", Double.class),
                        rs.getObject("gross_commuting_mean", Double.class)))
                .list();
    }

    Appendix2 appendix2() {
        List<Appendix2.ReportFact> facts = jdbc.sql(sql.get("query/coverage/appendix2_facts.sql"))
                .param("report_file", REPORT_2021)
                .query((rs, i) -> new Appendix2.ReportFact(rs.getString("fact_id"), rs.getString("metric"),
                        rs.getString("category"), rs.getDouble("value"), rs.getString("unit"), rs.getString("qualifier"),
                        rs.getString("source_quote"), rs.getString("note")))
                .list();
        List<Appendix2.Reading> readings = jdbc.sql(sql.get("query/coverage/appendix2_computed.sql"))
                .param("report_file", REPORT_2021)
                .query((rs, i) -> new Appendix2.Reading(rs.getString("reading"), rs.getInt("programmes"),
                        rs.getInt("municipalities"), rs.getLong("population"), rs.getLong("population_2021"),
                        rs.getInt("class_5_municipalities"), rs.getLong("class_5_population"),
                        rs.getInt("class_6_municipalities"), rs.getLong("class_6_population")))
                .list();
        List<Appendix2.StudiedProgramme> programmes = jdbc.sql(sql.get("query/coverage/appendix2_programmes.sql"))
                .param("report_file", REPORT_2021)
                .query((rs, i) -> new Appendix2.StudiedProgramme(rs.getString("programme_id"), rs.getString("name"),
                        rs.getInt("municipalities"), rs.getInt("stated"), rs.getInt("resolved_from_region"),
                        rs.getInt("host_location"), rs.getLong("population"), strings(rs.getArray("resolved_names"))))
                .list();
        List<Appendix2.ClassCount> classes = jdbc.sql(sql.get("query/coverage/centrality_counts.sql"))
                .param("report_file", REPORT_2021)
                .query((rs, i) -> new Appendix2.ClassCount(rs.getInt("centrality_class"),
                        rs.getObject("report_municipalities", Integer.class), rs.getString("report_fact_id"),
                        rs.getInt("warehouse_municipalities")))
                .list();
        return new Appendix2(facts, readings, programmes, classes);
    }

    private static MunicipalityCoverage municipality(ResultSet rs) throws SQLException {
        return new MunicipalityCoverage(rs.getString("kommunenummer"), rs.getString("name"),
                rs.getString("county_number_2020"), rs.getString("county_name_2020"), rs.getString("county_number_2024"),
                rs.getString("county_name_2024"), rs.getString("ba_nr"), rs.getString("ba_name"),
                rs.getObject("centrality_class", Integer.class), rs.getObject("population", Integer.class),
                rs.getObject("population_2021", Integer.class), rs.getObject("travel_time_min", Double.class),
                strings(rs.getArray("programmes")), strings(rs.getArray("programme_ids")),
                strings(rs.getArray("programme_bases")), strings(rs.getArray("other_programmes")),
                strings(rs.getArray("other_statuses")), rs.getBoolean("covered"), rs.getString("coverage_basis"));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        List<String> out = new ArrayList<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                if (o != null) {
                    out.add(String.valueOf(o));
                }
            }
        }
        return List.copyOf(out);
    }
}
