package no.traineemonitor.referenceimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * SSB table 11618 (population and employed persons 15-74 by residence and by workplace, 4th quarter, one year) read as
 * a reference version of the employment figures, mapped to the warehouse's 2020 municipalities.
 *
 * <p>SSB's dimension ids (its API; SSB's commuting app asks {@code https://data.ssb.no/api/v0/no/table/11618/} with
 * {@code Region}, {@code Kjonn = "0"}, {@code Alder = "15-74"}, {@code ContentsCode} and {@code Tid},
 * statisticsnorway/pendling, make_data.R): {@code Region} (municipalities, 4 digits or {@code K-}), {@code Kjonn} (the
 * total "0" is taken when present, else the sexes are summed), {@code Alder} (the category "15-74" is taken; a table
 * without it is refused), {@code ContentsCode} (any of {@code BefolkningBosted} persons living in the municipality,
 * {@code SysselBosted} employed persons living there, {@code SysselArbsted} employed persons working there; unit
 * persons) and {@code Tid} (the year). A variable the file leaves out is unknown in the version.
 *
 * <p>The product uses {@code SysselBosted} (employed residents: the denominator of the share commuting within the
 * BA-region on /dekning, and with 03321 the residents working outside the 356 municipalities); {@code SysselArbsted}
 * and {@code BefolkningBosted} are kept in the version (ref_employment_version, the Parquet export) and not shown.
 */
public final class EmploymentImport {

    public static final String TABLE = "11618";
    static final List<String> VARIABLES = List.of("BefolkningBosted", "SysselBosted", "SysselArbsted");

    /**
     * What the version will hold.
     *
     * @param rows          2020 code → figures (null = unknown: merged, or the variable not in the file)
     * @param variables     the variables the file has
     * @param commutingYear the year of the current version's 03321 flows
     * @param before        national employed residents of the current version (null = unknown)
     * @param after         national employed residents in the file (null = unknown)
     */
    public record Plan(int year, String division, Map<String, ReferenceCodes.Employment> rows, List<String> variables,
                       int renumbered, List<String> splits, List<String> merged, long unknown, List<String> leftOut,
                       int previousVersion, int previousYear, int commutingYear, @Nullable Long before,
                       @Nullable Long after, boolean unchanged) implements ReferencePlan {

        @Override
        public String table() {
            return TABLE;
        }
    }

    private EmploymentImport() {
    }

    static Plan plan(JsonStatDataset data, ReferenceCodes codes) {
        List<Problem> problems = new ArrayList<>();
        if (!TABLE.equals(data.tableId())) {
            problems.add(Problem.of("table-not-supported", String.valueOf(data.tableId())));
        }
        JsonStatDataset.Dimension region = data.byRole("geo", "Region");
        JsonStatDataset.Dimension time = data.byRole("time", "Tid");
        JsonStatDataset.Dimension metric = data.byRole("metric", "ContentsCode");
        if (region == null) {
            problems.add(Problem.of("missing-dimension", "Region", "geo"));
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
        for (String code : metric.codes()) {
            if (!VARIABLES.contains(code)) {
                problems.add(Problem.of("variable", metric.id(), code, String.join(", ", VARIABLES)));
                continue;
            }
            var unit = metric.node().path("category").path("unit").path(code);
            String base = unit.path("base").asString("").strip().toLowerCase(Locale.ROOT);
            if (unit.isMissingNode() || unit.isNull()) {
                problems.add(Problem.of("no-unit", metric.id(), code));
            } else if (!Set.of("personer", "persons", "person", "antall personer").contains(base)) {
                problems.add(Problem.of("unit", metric.id(), code, base));
            } else if (unit.path("decimals").isNumber() && unit.path("decimals").asInt() != 0) {
                problems.add(Problem.of("decimals", metric.id(), code, unit.path("decimals").asInt()));
            }
        }
        // which category of each other dimension counts: Kjonn's total, Alder's 15-74; single categories as they are
        Map<Integer, Set<Integer>> taken = new HashMap<>();
        for (JsonStatDataset.Dimension d : data.dimensions()) {
            if (d == region || d == time || d == metric) {
                continue;
            }
            int axis = data.indexOf(d);
            if (d.id().equals("Kjonn") && d.codes().contains("0")) {
                taken.put(axis, Set.of(d.codes().indexOf("0")));
            } else if (d.id().equals("Alder")) {
                if (!d.codes().contains("15-74")) {
                    problems.add(Problem.of("age", d.id(), String.join(", ", d.codes())));
                } else {
                    taken.put(axis, Set.of(d.codes().indexOf("15-74")));
                }
            } else if (!d.id().equals("Kjonn") && d.codes().size() > 1) {
                problems.add(Problem.of("extra-dimension", d.id(), String.join(", ", d.codes())));
            }
        }
        List<String> leftOut = new ArrayList<>();
        Map<Integer, String> municipalityAt = RegionCodes.municipalities(region, codes, leftOut, problems);
        int regionAxis = data.indexOf(region);
        int metricAxis = data.indexOf(metric);
        Map<String, long[]> sums = new HashMap<>(); // per municipality: one sum per variable
        Set<String> active = new LinkedHashSet<>();
        Map<String, Long> firstMissing = new LinkedHashMap<>();
        cells:
        for (long p = 0; p < data.cells(); p++) {
            int[] at = data.coordinates(p);
            for (var t : taken.entrySet()) {
                if (!t.getValue().contains(at[t.getKey()])) {
                    continue cells;
                }
            }
            JsonStatDataset.Cell cell = data.cell(p);
            if (cell.notNumber() != null) {
                problems.add(Problem.of("not-number", p, data.describe(p), cell.notNumber()));
                continue;
            }
            String number = municipalityAt.get(at[regionAxis]);
            int variable = VARIABLES.indexOf(metric.codes().get(at[metricAxis]));
            if (number == null || variable < 0) {
                continue;
            }
            Double v = cell.value();
            if (v == null && ("-".equals(cell.status()) || "–".equals(cell.status()))) {
                v = 0.0;
            }
            if (v == null) {
                firstMissing.putIfAbsent(number, p);
                continue;
            }
            if (v < 0 || v != Math.rint(v)) {
                problems.add(Problem.of("not-count", p, data.describe(p), v));
                continue;
            }
            active.add(number);
            sums.computeIfAbsent(number, k -> new long[VARIABLES.size()])[variable] += v.longValue();
        }
        for (var e : firstMissing.entrySet()) {
            if (active.contains(e.getKey())) {
                long p = e.getValue();
                String status = data.cell(p).status();
                problems.add(Problem.of("missing-value", p, data.describe(p), status == null ? "null" : status, e.getKey()));
            }
        }
        CodeDivision divisions = new CodeDivision(codes);
        for (var e : municipalityAt.entrySet()) {
            divisions.add(region, e.getKey(), e.getValue(), active.contains(e.getValue()), true, problems, leftOut);
        }
        divisions.checkNotMixed(problems);
        boolean division2024 = divisions.is2024();
        Map<String, String> division = division2024 ? codes.municipalities2024() : codes.municipalities2020();
        for (var m : division.entrySet()) {
            if (!active.contains(m.getKey())) {
                problems.add(Problem.of("municipality-missing", m.getKey(), m.getValue(), division2024 ? "2024" : "2020"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        List<String> variables = VARIABLES.stream().filter(metric.codes()::contains).toList();
        Map<String, List<String>> predecessors = codes.predecessors();
        Map<String, ReferenceCodes.Employment> rows = new LinkedHashMap<>();
        long unknown = 0;
        for (String m : codes.municipalities2020().keySet()) {
            List<String> parts;
            if (!division2024) {
                parts = List.of(m);
            } else {
                List<ReferenceCodes.Successor> successors = codes.changes().getOrDefault(m, List.of());
                boolean shared = successors.isEmpty()
                        || successors.stream().anyMatch(s -> predecessors.get(s.code2024()).size() > 1);
                parts = shared ? List.of() : successors.stream().map(ReferenceCodes.Successor::code2024).toList();
            }
            if (parts.isEmpty()) {
                unknown++;
            }
            Integer[] figures = new Integer[VARIABLES.size()];
            for (int i = 0; i < figures.length; i++) {
                if (parts.isEmpty() || !variables.contains(VARIABLES.get(i))) {
                    continue;
                }
                long sum = 0;
                for (String part : parts) {
                    sum += sums.get(part)[i];
                }
                figures[i] = Math.toIntExact(sum);
            }
            rows.put(m, new ReferenceCodes.Employment(figures[0], figures[1], figures[2]));
        }
        Reforms reforms = division2024 ? Reforms.of(codes) : Reforms.NONE;
        ReferenceCodes.Commuting current = codes.commuting();
        boolean unchanged = current.employmentYear() == year && rows.equals(current.employment());
        return new Plan(year, division2024 ? "2024" : "2020", rows, variables, reforms.renumbered(), reforms.splits(),
                reforms.merged(), unknown, List.copyOf(leftOut), codes.currentVersion(), current.employmentYear(),
                current.commutingYear(), employedResidents(current.employment()), employedResidents(rows), unchanged);
    }

    /** The national sum of employed residents; null when any municipality's is unknown. */
    static @Nullable Long employedResidents(Map<String, ReferenceCodes.Employment> rows) {
        if (rows.isEmpty() || rows.values().stream().anyMatch(e -> e.employedResidents() == null)) {
            return null;
        }
        return rows.values().stream().mapToLong(e -> Objects.requireNonNull(e.employedResidents())).sum();
    }
}
