package no.traineemonitor.dashboard.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.traineemonitor.benchmark.PeerGroup;
import no.traineemonitor.indicator.IndicatorFilter;
import no.traineemonitor.indicator.IndicatorService;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.reference.ReferenceService;
import org.jspecify.annotations.Nullable;

/**
 * Everything a dashboard page is filtered by, as it stands in the URL (so a link reproduces the view):
 * {@code fylke, inndeling, ba, sentralitet, type, program, fra, til, indikator, gruppe, sett}. Parsing drops unknown values
 * and says which, never fails.
 */
record FilterState(@Nullable String county, CountyDivision division, @Nullable String ba, List<Integer> centralities,
                   @Nullable String type, @Nullable String programme, @Nullable Integer from, @Nullable Integer to,
                   @Nullable String indicator, PeerGroup group, List<String> set) {

    /** The centrality classes, sorted and each once (empty = all); the comparison set in the order chosen, each once. */
    FilterState {
        centralities = centralities.stream().distinct().sorted().toList();
        set = set.stream().distinct().toList();
    }

    /** A filter state without a comparison set (the constructor the pages used before {@code sett}). */
    FilterState(@Nullable String county, CountyDivision division, @Nullable String ba, List<Integer> centralities,
                @Nullable String type, @Nullable String programme, @Nullable Integer from, @Nullable Integer to,
                @Nullable String indicator, PeerGroup group) {
        this(county, division, ba, centralities, type, programme, from, to, indicator, group, List.of());
    }

    static FilterState empty() {
        return new FilterState(null, CountyDivision.D2024, null, List.of(), null, null, null, null, null, PeerGroup.ALL);
    }

    /** The comparison set ({@code sett}): programme ids and county numbers (2024), as chosen. */
    FilterState withSet(List<String> s) {
        return new FilterState(county, division, ba, centralities, type, programme, from, to, indicator, group, s);
    }

    /** The filter for the indicator engine. */
    IndicatorFilter toIndicatorFilter() {
        return new IndicatorFilter(division == CountyDivision.D2024 ? county : null,
                division == CountyDivision.D2020 ? county : null, ba, centralities, type, programme, indicator, from, to);
    }

    QueryParameters toQueryParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "fylke", county);
        if (division == CountyDivision.D2020) {
            p.put("inndeling", "2020");
        }
        put(p, "ba", ba);
        put(p, "sentralitet", IndicatorFilter.centralityList(centralities));
        put(p, "type", type);
        put(p, "program", programme);
        put(p, "fra", from);
        put(p, "til", to);
        put(p, "indikator", indicator);
        if (group != PeerGroup.ALL) {
            p.put("gruppe", group.urlValue());
        }
        if (!set.isEmpty()) {
            p.put("sett", String.join(",", set));
        }
        return QueryParameters.simple(p);
    }

    FilterState withCounty(@Nullable String c, CountyDivision d) {
        return new FilterState(c, d, null, centralities, type, null, from, to, indicator, group, set);
    }

    FilterState withBa(@Nullable String b) {
        return new FilterState(county, division, b, centralities, type, null, from, to, indicator, group, set);
    }

    FilterState withCentralities(List<Integer> c) {
        return new FilterState(county, division, ba, c, type, programme, from, to, indicator, group, set);
    }

    FilterState withType(@Nullable String t) {
        return new FilterState(county, division, ba, centralities, t, null, from, to, indicator, group, set);
    }

    FilterState withProgramme(@Nullable String p) {
        return new FilterState(county, division, ba, centralities, type, p, from, to, indicator, group, set);
    }

    FilterState withYears(@Nullable Integer f, @Nullable Integer t) {
        return new FilterState(county, division, ba, centralities, type, programme, f, t, indicator, group, set);
    }

    FilterState withIndicator(@Nullable String i) {
        return new FilterState(county, division, ba, centralities, type, programme, from, to, i, group, set);
    }

    FilterState withGroup(PeerGroup g) {
        return new FilterState(county, division, ba, centralities, type, programme, from, to, indicator, g, set);
    }

    /** The parsed state and the parameters that were dropped, as "name=value" texts. */
    record Parsed(FilterState state, List<String> dropped) {
    }

    static Parsed parse(QueryParameters query, ReferenceService reference, ProgrammeService programmes,
                        IndicatorService indicators) {
        Map<String, List<String>> q = query.getParameters();
        List<String> dropped = new ArrayList<>();
        CountyDivision division = "2020".equals(first(q, "inndeling")) ? CountyDivision.D2020 : CountyDivision.D2024;
        String county = first(q, "fylke");
        if (county != null && reference.county(county, division).isEmpty()) {
            dropped.add("fylke=" + county);
            county = null;
        }
        String ba = first(q, "ba");
        if (ba != null && reference.baRegions().stream().noneMatch(b -> b.number().equals(first(q, "ba")))) {
            dropped.add("ba=" + ba);
            ba = null;
        }
        List<Integer> centralities = classes(q, dropped);
        String type = first(q, "type");
        if (type != null && !ProgrammeService.TYPES.contains(type)) {
            dropped.add("type=" + type);
            type = null;
        }
        String programme = first(q, "program");
        if (programme != null && programmes.programme(programme).isEmpty()) {
            dropped.add("program=" + programme);
            programme = null;
        }
        Integer from = year(q, "fra", dropped);
        Integer to = year(q, "til", dropped);
        if (from != null && to != null && from > to) {
            dropped.add("fra=" + from + "&til=" + to);
            from = null;
            to = null;
        }
        String indicator = first(q, "indikator");
        if (indicator != null && indicators.definition(indicator).isEmpty()) {
            dropped.add("indikator=" + indicator);
            indicator = null;
        }
        PeerGroup group = PeerGroup.ALL;
        String g = first(q, "gruppe");
        if (g != null) {
            var parsed = PeerGroup.fromUrl(g);
            if (parsed.isPresent()) {
                group = parsed.get();
            } else {
                dropped.add("gruppe=" + g);
            }
        }
        List<String> set = new ArrayList<>();
        for (String value : q.getOrDefault("sett", List.of())) {
            for (String part : value.split(",")) {
                String id = part.strip();
                if (id.isEmpty()) {
                    continue;
                }
                if (programmes.programme(id).isPresent() || reference.county(id, CountyDivision.D2024).isPresent()) {
                    set.add(id);
                } else {
                    dropped.add("sett=" + id);
                }
            }
        }
        return new Parsed(new FilterState(county, division, ba, centralities, type, programme, from, to, indicator, group,
                set), dropped);
    }

    /**
     * Centrality classes: {@code sentralitet=5,6} (or repeated, {@code sentralitet=5&sentralitet=6}); the old
     * single-class links ({@code sentralitet=5}) keep working. A value that is not a class 1-6 is dropped alone.
     */
    private static List<Integer> classes(Map<String, List<String>> q, List<String> dropped) {
        List<Integer> classes = new ArrayList<>();
        for (String value : q.getOrDefault("sentralitet", List.of())) {
            for (String part : value.split(",")) {
                String v = part.strip();
                if (v.isEmpty()) {
                    continue;
                }
                if (v.matches("[1-6]")) {
                    classes.add(Integer.valueOf(v));
                } else {
                    dropped.add("sentralitet=" + v);
                }
            }
        }
        return classes;
    }

    private static @Nullable Integer year(Map<String, List<String>> q, String name, List<String> dropped) {
        Integer y = integer(q, name, dropped);
        if (y != null && (y < 1990 || y > 2100)) {
            dropped.add(name + "=" + y);
            return null;
        }
        return y;
    }

    private static @Nullable Integer integer(Map<String, List<String>> q, String name, List<String> dropped) {
        String v = first(q, name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            dropped.add(name + "=" + v);
            return null;
        }
    }

    private static @Nullable String first(Map<String, List<String>> q, String name) {
        List<String> v = q.get(name);
        return v == null || v.isEmpty() || v.getFirst().isBlank() ? null : v.getFirst().strip();
    }

    private static void put(Map<String, String> p, String name, @Nullable Object value) {
        if (value != null) {
            p.put(name, value.toString());
        }
    }
}
