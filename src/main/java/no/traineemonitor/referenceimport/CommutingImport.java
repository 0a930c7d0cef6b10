package no.traineemonitor.referenceimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * SSB table 03321 (employed persons 15-74 by municipality of work and municipality of residence, 4th quarter, one
 * year) read as a reference version of the commuting flows, mapped to the warehouse's 2020 municipalities.
 *
 * <p>SSB's dimension ids, as its API names them (the StatBank's "Arbeidsstedskommune" and "Bostedskommune"; SSB's
 * own commuting app asks {@code https://data.ssb.no/api/v0/no/table/03321/} for {@code ArbstedKomm} and
 * {@code Bokommuen}, statisticsnorway/pendling, make_data.R): {@code ArbstedKomm} the municipality of work,
 * {@code Bokommuen} (sic) the municipality of residence, {@code ContentsCode} one variable ({@code Sysselsatte},
 * unit persons) and {@code Tid} the year. Codes as in {@link RegionCodes}: 4 digits or {@code K-}; workplaces outside
 * the municipalities (Svalbard, the continental shelf, abroad, unknown) are left out, as in version 1.
 *
 * <p>Both code dimensions are mapped with the change table: a 2020 pair takes the sum of its 2024 successor pairs (a
 * new number takes its figure; 1507 Ålesund = 1508 + 1580 on either side, flows between them staying at home); a
 * pair whose 2024 municipality came from several 2020 ones cannot be split and stays unknown (null), said.
 */
public final class CommutingImport {

    public static final String TABLE = "03321";
    static final String HOME = "Bokommuen";
    static final String WORK = "ArbstedKomm";

    /** A group's commuting coefficient before and after (null = unknown). */
    public record CoefficientChange(String number, String name, @Nullable Double before, @Nullable Double after) {
    }

    /**
     * What the version will hold.
     *
     * @param flows           "home work" (2020 codes) → persons; pairs with 0 left out, null = unknown
     * @param unknownPairs    2020 pairs without a figure (merged municipalities)
     * @param previousYear    the year of the current version's flows
     * @param employmentYear  the year of the current version's 11618 figures (the shares of employed residents need
     *                        the same year)
     * @param counties        per 2024 county: the gross commuting coefficient before and after
     * @param baRegions       per BA-region whose coefficient changes: before and after
     */
    public record Plan(int year, String division, Map<String, @Nullable Integer> flows, long persons, int renumbered,
                       List<String> splits, List<String> merged, long unknownPairs, List<String> leftOut,
                       int previousVersion, int previousYear, int employmentYear, boolean unchanged,
                       List<CoefficientChange> counties, List<CoefficientChange> baRegions) implements ReferencePlan {

        @Override
        public String table() {
            return TABLE;
        }
    }

    private CommutingImport() {
    }

    static Plan plan(JsonStatDataset data, ReferenceCodes codes) {
        List<Problem> problems = new ArrayList<>();
        if (!TABLE.equals(data.tableId())) {
            problems.add(Problem.of("table-not-supported", String.valueOf(data.tableId())));
        }
        JsonStatDataset.Dimension home = data.dimension(HOME);
        JsonStatDataset.Dimension work = data.dimension(WORK);
        JsonStatDataset.Dimension time = data.byRole("time", "Tid");
        JsonStatDataset.Dimension metric = data.byRole("metric", "ContentsCode");
        if (home == null) {
            problems.add(Problem.of("missing-dimension", HOME, "geo"));
        }
        if (work == null) {
            problems.add(Problem.of("missing-dimension", WORK, "geo"));
        }
        if (time == null) {
            problems.add(Problem.of("missing-dimension", "Tid", "time"));
        }
        if (metric == null) {
            problems.add(Problem.of("missing-dimension", "ContentsCode", "metric"));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        int year = PopulationImport.year(time, problems);
        PopulationImport.unit(metric, problems);
        List<String> leftOut = new ArrayList<>();
        Map<Integer, String> homeAt = RegionCodes.municipalities(home, codes, leftOut, problems);
        Map<Integer, String> workAt = RegionCodes.municipalities(work, codes, leftOut, problems);

        int homeAxis = data.indexOf(home);
        int workAxis = data.indexOf(work);
        Map<String, Long> sums = new HashMap<>();
        Set<String> active = new LinkedHashSet<>();
        List<Long> missing = new ArrayList<>();
        for (long p = 0; p < data.cells(); p++) {
            int[] at = data.coordinates(p);
            JsonStatDataset.Cell cell = data.cell(p);
            if (cell.notNumber() != null) {
                problems.add(Problem.of("not-number", p, data.describe(p), cell.notNumber()));
                continue;
            }
            String h = homeAt.get(at[homeAxis]);
            String w = workAt.get(at[workAxis]);
            if (h == null || w == null) {
                continue;
            }
            Double v = cell.value();
            if (v == null && ("-".equals(cell.status()) || "–".equals(cell.status()))) {
                v = 0.0; // SSB: "nothing to report", a true zero
            }
            if (v == null) {
                missing.add(p);
                continue;
            }
            if (v < 0 || v != Math.rint(v)) {
                problems.add(Problem.of("not-count", p, data.describe(p), v));
                continue;
            }
            active.add(h);
            active.add(w);
            sums.merge(ReferenceCodes.Commuting.pair(h, w), v.longValue(), Long::sum);
        }
        // a missing cell between two municipalities with figures cannot be taken as 0: named, first one per residence
        Set<String> named = new LinkedHashSet<>();
        for (long p : missing) {
            int[] at = data.coordinates(p);
            String h = homeAt.get(at[homeAxis]);
            String w = workAt.get(at[workAxis]);
            if (active.contains(h) && active.contains(w) && named.add(h)) {
                JsonStatDataset.Cell cell = data.cell(p);
                problems.add(Problem.of("missing-flow", p, data.describe(p), cell.status() == null ? "null" : cell.status()));
            }
        }
        CodeDivision divisions = new CodeDivision(codes);
        for (JsonStatDataset.Dimension d : List.of(home, work)) {
            Map<Integer, String> at = d == home ? homeAt : workAt;
            for (var e : at.entrySet()) {
                divisions.add(d, e.getKey(), e.getValue(), active.contains(e.getValue()), true, problems, leftOut);
            }
        }
        divisions.checkNotMixed(problems);
        boolean division2024 = divisions.is2024();
        Map<String, String> division = division2024 ? codes.municipalities2024() : codes.municipalities2020();
        for (var m : division.entrySet()) {
            if (!homeAt.containsValue(m.getKey()) || !workAt.containsValue(m.getKey()) || !active.contains(m.getKey())) {
                problems.add(Problem.of("municipality-missing", m.getKey(), m.getValue(), division2024 ? "2024" : "2020"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }

        // the 2020 pairs
        Map<String, List<String>> predecessors = codes.predecessors();
        Function<String, @Nullable List<String>> parts = code2020 -> {
            if (!division2024) {
                return List.of(code2020);
            }
            List<ReferenceCodes.Successor> successors = codes.changes().getOrDefault(code2020, List.of());
            if (successors.isEmpty() || successors.stream().anyMatch(s -> predecessors.get(s.code2024()).size() > 1)) {
                return null; // merged into a larger 2024 municipality: its part cannot be separated
            }
            return successors.stream().map(ReferenceCodes.Successor::code2024).toList();
        };
        Map<String, @Nullable Integer> flows = new HashMap<>();
        long persons = 0;
        long unknownPairs = 0;
        for (String h : codes.municipalities2020().keySet()) {
            List<String> hp = parts.apply(h);
            for (String w : codes.municipalities2020().keySet()) {
                List<String> wp = parts.apply(w);
                if (hp == null || wp == null) {
                    flows.put(ReferenceCodes.Commuting.pair(h, w), null);
                    unknownPairs++;
                    continue;
                }
                long sum = 0;
                for (String a : hp) {
                    for (String b : wp) {
                        sum += sums.getOrDefault(ReferenceCodes.Commuting.pair(a, b), 0L);
                    }
                }
                if (sum != 0) {
                    flows.put(ReferenceCodes.Commuting.pair(h, w), Math.toIntExact(sum));
                    persons += sum;
                }
            }
        }
        Reforms reforms = division2024 ? Reforms.of(codes) : Reforms.NONE;
        ReferenceCodes.Commuting current = codes.commuting();
        boolean unchanged = current.commutingYear() == year && flows.equals(current.flows());
        return new Plan(year, division2024 ? "2024" : "2020", flows, persons, reforms.renumbered(), reforms.splits(),
                reforms.merged(), unknownPairs, List.copyOf(leftOut), codes.currentVersion(), current.commutingYear(),
                current.employmentYear(), unchanged,
                coefficients(current.flows(), flows, codes.municipalities2020().keySet(), codes.county2024()::get,
                        codes.counties(), false),
                coefficients(current.flows(), flows, codes.municipalities2020().keySet(), current.ba()::get,
                        current.baNames(), true));
    }

    /**
     * The gross commuting coefficient per group of municipalities, before and after: (out-commuters + in-commuters) /
     * (residents working at home + out-commuters + in-commuters), summed over the group's municipalities, among the
     * 356 municipalities (the measure of sql/query/coverage/commuting_coefficient.sql, pooled). Unknown when a flow
     * of a member is unknown.
     */
    static List<CoefficientChange> coefficients(Map<String, @Nullable Integer> before, Map<String, @Nullable Integer> after,
                                                Set<String> municipalities, Function<String, @Nullable String> group,
                                                Map<String, String> names, boolean changedOnly) {
        Map<String, @Nullable Double> b = gross(before, municipalities, group);
        Map<String, @Nullable Double> a = gross(after, municipalities, group);
        List<CoefficientChange> out = new ArrayList<>();
        for (String g : new java.util.TreeSet<>(a.keySet())) {
            Double x = b.get(g);
            Double y = a.get(g);
            if (!changedOnly || !Objects.equals(x, y)) {
                out.add(new CoefficientChange(g, names.getOrDefault(g, g), x, y));
            }
        }
        return out;
    }

    /** Per group: the gross commuting coefficient (null = unknown); no group when there are no flows at all. */
    static Map<String, @Nullable Double> gross(Map<String, @Nullable Integer> flows, Set<String> municipalities,
                                                Function<String, @Nullable String> group) {
        Map<String, long[]> sums = new TreeMap<>(); // [out + in, at home + out + in, unknown]
        if (flows.isEmpty()) {
            return new LinkedHashMap<>();
        }
        for (var e : flows.entrySet()) {
            String[] hw = e.getKey().split(" ");
            Integer v = e.getValue();
            String gh = group.apply(hw[0]);
            String gw = group.apply(hw[1]);
            if (hw[0].equals(hw[1])) {
                add(sums, gh, v, 0, 1);
            } else {
                add(sums, gh, v, 1, 1); // an out-commuter of the home municipality
                add(sums, gw, v, 1, 1); // an in-commuter of the workplace
            }
        }
        for (String m : municipalities) {
            String g = group.apply(m);
            if (g != null) {
                sums.computeIfAbsent(g, k -> new long[3]);
            }
        }
        Map<String, @Nullable Double> out = new TreeMap<>();
        sums.forEach((g, s) -> out.put(g, s[2] > 0 || s[1] == 0 ? null : (double) s[0] / s[1]));
        return out;
    }

    private static void add(Map<String, long[]> sums, @Nullable String group, @Nullable Integer v, int numerator, int denominator) {
        if (group == null) {
            return;
        }
        long[] s = sums.computeIfAbsent(group, k -> new long[3]);
        if (v == null) {
            s[2]++;
            return;
        }
        s[0] += (long) numerator * v;
        s[1] += (long) denominator * v;
    }
}
