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
 */
record ReferenceCodes(Map<String, String> municipalities2020, Map<String, List<Successor>> changes,
                      Map<String, String> counties, Map<String, String> county2024, Map<String, @Nullable Integer> current,
                      int currentVersion) {

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
        return new ReferenceCodes(municipalities, changes, counties, county2024, current, version);
    }
}
