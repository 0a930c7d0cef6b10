package no.traineemonitor.referenceimport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What an import is checked and mapped against, read from the warehouse: the 2020 municipalities, the change table to
 * 2024 (with new numbers, splits and merges), the counties of both divisions, and the population of the current
 * version (for what changed).
 *
 * @param municipalities2020 2020 code → name
 * @param changes            2020 code → its 2024 successors
 * @param counties           county code (2020 or 2024) → name
 * @param county2024         2020 municipality code → its 2024 county
 * @param current            2020 code → population in the current version (absent or null = unknown)
 * @param currentVersion     the current version's id (0 when there is none yet)
 * @param commuting          the current version's commuting and employment figures, the BA-regions and the year of
 *                           its population (what a commuting or employment import is compared with)
 */
record ReferenceCodes(Map<String, String> municipalities2020, Map<String, List<Successor>> changes,
                      Map<String, String> counties, Map<String, String> county2024, Map<String, @Nullable Integer> current,
                      int currentVersion, Commuting commuting) {

    ReferenceCodes(Map<String, String> municipalities2020, Map<String, List<Successor>> changes,
                   Map<String, String> counties, Map<String, String> county2024, Map<String, @Nullable Integer> current,
                   int currentVersion) {
        this(municipalities2020, changes, counties, county2024, current, currentVersion, Commuting.NONE);
    }

    /** SSB 11618's three figures of a 2020 municipality (persons 15-74; null = unknown or not in the table). */
    record Employment(@Nullable Integer population1574, @Nullable Integer employedResidents,
                      @Nullable Integer employedAtWorkplace) {
    }

    /**
     * The current version's commuting side.
     *
     * @param populationYear  the year of its population (1 January)
     * @param commutingYear   the year of its 03321 flows (0 = none)
     * @param employmentYear  the year of its 11618 figures (0 = none)
     * @param flows           "home work" (two 2020 codes and a space) → persons; pairs with 0 left out, null = unknown
     * @param employment      2020 code → its 11618 figures
     * @param ba              2020 code → BA-region number
     * @param baNames         BA-region number → name
     */
    record Commuting(int populationYear, int commutingYear, int employmentYear, Map<String, @Nullable Integer> flows,
                     Map<String, Employment> employment, Map<String, String> ba, Map<String, String> baNames) {

        static final Commuting NONE = new Commuting(0, 0, 0, Map.of(), Map.of(), Map.of(), Map.of());

        static String pair(String home, String work) {
            return home + " " + work;
        }
    }

    /** A 2024 municipality a 2020 one became (or became part of). */
    record Successor(String code2024, String name2024, String change) {
    }

    /** 2024 code → name. */
    Map<String, String> municipalities2024() {
        Map<String, String> out = new TreeMap<>();
        changes.values().forEach(list -> list.forEach(s -> out.put(s.code2024(), s.name2024())));
        return out;
    }

    /** 2024 code → the 2020 municipalities it came from. */
    Map<String, List<String>> predecessors() {
        Map<String, List<String>> out = new TreeMap<>();
        changes.forEach((code2020, list) -> list.forEach(s ->
                out.computeIfAbsent(s.code2024(), k -> new ArrayList<>()).add(code2020)));
        return out;
    }

    Set<String> codes2024() {
        return changes.values().stream().flatMap(List::stream).map(Successor::code2024).collect(Collectors.toSet());
    }

    static ReferenceCodes read(Connection c) throws SQLException {
        Map<String, String> municipalities = new LinkedHashMap<>();
        Map<String, List<Successor>> changes = new LinkedHashMap<>();
        Map<String, String> counties = new LinkedHashMap<>();
        Map<String, String> county2024 = new LinkedHashMap<>();
        Map<String, @Nullable Integer> current = new LinkedHashMap<>();
        int version = 0;
        try (var st = c.createStatement()) {
            try (var rs = st.executeQuery("SELECT kommunenummer, name FROM ref_municipality ORDER BY kommunenummer")) {
                while (rs.next()) {
                    municipalities.put(rs.getString(1), rs.getString(2));
                }
            }
            try (var rs = st.executeQuery("SELECT kommunenummer_2020, kommunenummer_2024, name_2024, change, county_number_2024"
                    + " FROM ref_municipality_2024 ORDER BY kommunenummer_2020, kommunenummer_2024")) {
                while (rs.next()) {
                    changes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Successor(rs.getString(2), rs.getString(3), rs.getString(4)));
                    county2024.putIfAbsent(rs.getString(1), rs.getString(5));
                }
            }
            try (var rs = st.executeQuery("SELECT county_number, name FROM ref_county_2020 UNION ALL"
                    + " SELECT county_number, name FROM ref_county_2024")) {
                while (rs.next()) {
                    counties.putIfAbsent(rs.getString(1), rs.getString(2));
                }
            }
            try (var rs = st.executeQuery("SELECT coalesce(max(version_id), 0) FROM ref_version")) {
                rs.next();
                version = rs.getInt(1);
            }
            try (var rs = st.executeQuery("SELECT kommunenummer, population FROM ref_population_version WHERE version_id = "
                    + version)) {
                while (rs.next()) {
                    current.put(rs.getString(1), rs.getObject(2, Integer.class));
                }
            }
        }
        return new ReferenceCodes(municipalities, changes, counties, county2024, current, version, commuting(c, version));
    }

    private static Commuting commuting(Connection c, int version) throws SQLException {
        int populationYear = 0;
        int commutingYear = 0;
        int employmentYear = 0;
        Map<String, @Nullable Integer> flows = new java.util.HashMap<>();
        Map<String, Employment> employment = new LinkedHashMap<>();
        Map<String, String> ba = new LinkedHashMap<>();
        Map<String, String> baNames = new TreeMap<>();
        try (var st = c.createStatement()) {
            try (var rs = st.executeQuery("SELECT year(v.figures_date), coalesce(vc.commuting_year, 0),"
                    + " coalesce(vc.employment_year, 0) FROM ref_version v LEFT JOIN ref_version_commuting vc USING (version_id)"
                    + " WHERE v.version_id = " + version)) {
                if (rs.next()) {
                    populationYear = rs.getInt(1);
                    commutingYear = rs.getInt(2);
                    employmentYear = rs.getInt(3);
                }
            }
            try (var rs = st.executeQuery("SELECT home_kommunenummer, work_kommunenummer, employed FROM ref_commuting_flow_version"
                    + " WHERE version_id = " + version)) {
                while (rs.next()) {
                    flows.put(Commuting.pair(rs.getString(1), rs.getString(2)), rs.getObject(3, Integer.class));
                }
            }
            try (var rs = st.executeQuery("SELECT kommunenummer, population_15_74, employed_residents, employed_at_workplace"
                    + " FROM ref_employment_version WHERE version_id = " + version + " ORDER BY kommunenummer")) {
                while (rs.next()) {
                    employment.put(rs.getString(1), new Employment(rs.getObject(2, Integer.class),
                            rs.getObject(3, Integer.class), rs.getObject(4, Integer.class)));
                }
            }
            try (var rs = st.executeQuery("SELECT m.kommunenummer, m.ba_nr, r.name FROM ref_municipality_ba m"
                    + " JOIN ref_ba_region r USING (ba_nr) ORDER BY m.kommunenummer")) {
                while (rs.next()) {
                    ba.put(rs.getString(1), rs.getString(2));
                    baNames.put(rs.getString(2), rs.getString(3));
                }
            }
        }
        return new Commuting(populationYear, commutingYear, employmentYear, flows, employment, ba, baNames);
    }
}
