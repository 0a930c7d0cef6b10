package no.traineemonitor.referenceimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * SSB table 07459 (population 1 January by region, sex, age and year) read as a reference version: the total
 * population of each municipality for the table's one year, summed over every other dimension (sex, age), mapped to
 * the warehouse's 2020 municipalities with the change table. Every rule is checked and every problem collected before
 * anything is stored.
 *
 * <p>Region codes: 4 digits (a municipality), {@code K-} and 4 digits (SSB's form in some tables), 2 digits or
 * {@code F-} and 2 digits (a county), {@code 0} (the whole country); 21xx and 22xx (Svalbard, Jan Mayen) are outside
 * the municipalities and left out. A municipality code must be one of 2020 or of 2024, all of one division; a code of
 * neither is refused when it has a figure (SSB lists codes of other years with ".." only, which are left out). A file of
 * 2024 codes is mapped to 2020: a new number takes its figure, a 2020 municipality split since then gets the sum of its
 * parts, and one merged into a larger 2024 municipality gets none (its part cannot be separated), all said.
 */
public final class PopulationImport {

    public static final String TABLE = "07459";
    private static final Pattern MUNICIPALITY = Pattern.compile("(?:K-)?(\\d{4})");
    private static final Pattern COUNTY = Pattern.compile("(?:F-)?(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final Set<String> PERSONS = Set.of("personer", "persons", "person", "antall personer");

    /** One 2020 municipality's figure in the new version, and how it was reached. */
    public record Row(String kommunenummer, String name, @Nullable Integer population, String basis) {
    }

    /** Population per 2024 county before and after (null = unknown: a municipality without a figure). */
    public record CountyChange(String countyNumber, String name, @Nullable Long before, @Nullable Long after) {

        public @Nullable Long difference() {
            return before == null || after == null ? null : after - before;
        }
    }

    /**
     * What the version will hold and what changes against the current one.
     *
     * @param year          the table's year (the population on 1 January of it)
     * @param division      "2024" or "2020": the municipality codes the file uses
     * @param rows          one per 2020 municipality
     * @param renumbered    2020 municipalities whose figure came under a new 2024 number
     * @param splits        "1507 Ålesund (2020) = 1508 Ålesund + 1580 Haram (2024)"
     * @param merged        "3001 Halden, 3002 Moss (2020) → 3101 X (2024): unknown"
     * @param added         2024 municipalities that did not exist in 2020 (parts of a split that do not keep its name)
     * @param leftOut       region codes of the file left out (no figures, outside the municipalities)
     * @param counties      per 2024 county: before and after
     * @param previousVersion the version compared with
     */
    public record Plan(int year, String division, List<Row> rows, int renumbered, List<String> splits, List<String> merged,
                       List<String> added, List<String> leftOut, List<CountyChange> counties, int previousVersion,
                       @Nullable Long totalBefore, @Nullable Long totalAfter, String updated, boolean unchanged)
            implements ReferencePlan {

        @Override
        public String table() {
            return TABLE;
        }

        public LocalDate figuresDate() {
            return LocalDate.of(year, 1, 1);
        }

        public long unknown() {
            return rows.stream().filter(r -> r.population() == null).count();
        }
    }

    private PopulationImport() {
    }

    /** Checks the dataset as table 07459 and works out the version; throws with every problem. */
    static Plan plan(JsonStatDataset data, ReferenceCodes codes) {
        List<Problem> problems = new ArrayList<>();
        String table = data.tableId();
        if (table == null) {
            problems.add(Problem.of("table-unknown"));
        } else if (!TABLE.equals(table)) {
            problems.add(Problem.of("table-not-supported", table));
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
        int year = year(time, problems);
        unit(metric, problems);

        // which region codes are what
        Map<String, String> municipalities2024 = codes.municipalities2024();
        Map<Integer, String> municipalityAt = new TreeMap<>();
        List<String> leftOut = new ArrayList<>();
        for (int i = 0; i < region.codes().size(); i++) {
            String code = region.codes().get(i).strip();
            var m = MUNICIPALITY.matcher(code);
            var c = COUNTY.matcher(code);
            if (m.matches()) {
                String number = m.group(1);
                if (number.startsWith("21") || number.startsWith("22")) {
                    leftOut.add(code + " " + region.label(code));
                } else {
                    municipalityAt.put(i, number);
                }
            } else if (c.matches()) {
                if (!codes.counties().containsKey(c.group(1))) {
                    problems.add(Problem.of("county-unknown", code, region.label(code), region.id(), i));
                }
                leftOut.add(code + " " + region.label(code));
            } else if (code.equals("0") || code.equals("00") || code.equals("0000")) {
                leftOut.add(code + " " + region.label(code));
            } else {
                problems.add(Problem.of("region-code", code, region.label(code), region.id(), i));
            }
        }

        // sum every municipality over the other dimensions; a missing cell of a municipality is refused
        int regionAxis = data.indexOf(region);
        Map<String, Long> sums = new LinkedHashMap<>();
        Set<String> withFigures = new LinkedHashSet<>();
        Map<String, String> firstMissing = new LinkedHashMap<>();
        for (long p = 0; p < data.cells(); p++) {
            int at = data.coordinates(p)[regionAxis];
            String number = municipalityAt.get(at);
            JsonStatDataset.Cell cell = data.cell(p);
            if (cell.notNumber() != null) {
                problems.add(Problem.of("not-number", p, data.describe(p), cell.notNumber()));
                continue;
            }
            if (number == null) {
                continue;
            }
            Double v = cell.value();
            if (v == null && ("-".equals(cell.status()) || "–".equals(cell.status()))) {
                v = 0.0; // SSB: "nothing to report", a true zero
            }
            if (v == null) {
                firstMissing.putIfAbsent(number, p + "|" + (cell.status() == null ? "null" : cell.status()));
                continue;
            }
            if (v < 0 || v != Math.rint(v)) {
                problems.add(Problem.of("not-count", p, data.describe(p), v));
                continue;
            }
            withFigures.add(number);
            sums.merge(number, v.longValue(), Long::sum);
        }
        CodeDivision divisions = new CodeDivision(codes);
        for (var e : municipalityAt.entrySet()) {
            divisions.add(region, e.getKey(), e.getValue(), withFigures.contains(e.getValue()), false, problems, leftOut);
        }
        divisions.checkNotMixed(problems);
        // a municipality with some cells missing cannot be summed
        for (var e : firstMissing.entrySet()) {
            if (withFigures.contains(e.getKey())) {
                String[] parts = e.getValue().split("\\|");
                long p = Long.parseLong(parts[0]);
                problems.add(Problem.of("missing-value", p, data.describe(p), parts[1], e.getKey()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        boolean division2024 = divisions.is2024();
        Map<String, Long> figures = new LinkedHashMap<>();
        withFigures.forEach(n -> figures.put(n, sums.get(n)));
        Plan plan = division2024 ? map2024(year, figures, codes, leftOut, data, problems)
                : map2020(year, figures, codes, leftOut, data, problems);
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return plan;
    }

    static int year(JsonStatDataset.Dimension time, List<Problem> problems) {
        if (time.codes().size() != 1) {
            problems.add(Problem.of("years", time.id(), time.codes().size(), String.join(", ", time.codes())));
            return 0;
        }
        String code = time.codes().getFirst().strip();
        if (!YEAR.matcher(code).matches()) {
            problems.add(Problem.of("year-form", time.id(), code));
            return 0;
        }
        return Integer.parseInt(code);
    }

    static void unit(JsonStatDataset.Dimension metric, List<Problem> problems) {
        if (metric.codes().size() != 1) {
            problems.add(Problem.of("contents", metric.id(), String.join(", ", metric.codes())));
            return;
        }
        String code = metric.codes().getFirst();
        var unit = metric.node().path("category").path("unit").path(code);
        if (unit.isMissingNode() || unit.isNull()) {
            problems.add(Problem.of("no-unit", metric.id(), code));
            return;
        }
        String base = unit.path("base").asString("").strip();
        if (!PERSONS.contains(base.toLowerCase(Locale.ROOT))) {
            problems.add(Problem.of("unit", metric.id(), code, base));
        }
        var decimals = unit.path("decimals");
        if (decimals.isNumber() && decimals.asInt() != 0) {
            problems.add(Problem.of("decimals", metric.id(), code, decimals.asInt()));
        }
    }

    /** A file of 2020 codes: every 2020 municipality must be there. */
    private static Plan map2020(int year, Map<String, Long> figures, ReferenceCodes codes, List<String> leftOut,
                                JsonStatDataset data, List<Problem> problems) {
        List<Row> rows = new ArrayList<>();
        for (var m : codes.municipalities2020().entrySet()) {
            Long v = figures.get(m.getKey());
            if (v == null) {
                problems.add(Problem.of("municipality-missing", m.getKey(), m.getValue(), "2020"));
                continue;
            }
            rows.add(new Row(m.getKey(), m.getValue(), Math.toIntExact(v), "same code"));
        }
        return summarise(year, "2020", rows, 0, List.of(), List.of(), List.of(), leftOut, codes, data);
    }

    /** A file of 2024 codes, mapped back to the 2020 municipalities with the change table. */
    private static Plan map2024(int year, Map<String, Long> figures, ReferenceCodes codes, List<String> leftOut,
                                JsonStatDataset data, List<Problem> problems) {
        Map<String, List<String>> predecessors = codes.predecessors();
        Map<String, String> names2024 = codes.municipalities2024();
        for (String code2024 : names2024.keySet()) {
            if (!figures.containsKey(code2024)) {
                problems.add(Problem.of("municipality-missing", code2024, names2024.get(code2024), "2024"));
            }
        }
        if (!problems.isEmpty()) {
            return summarise(year, "2024", List.of(), 0, List.of(), List.of(), List.of(), leftOut, codes, data);
        }
        List<Row> rows = new ArrayList<>();
        List<String> splits = new ArrayList<>();
        Set<String> merged = new LinkedHashSet<>();
        Set<String> added = new LinkedHashSet<>();
        int renumbered = 0;
        for (var m : codes.municipalities2020().entrySet()) {
            String code2020 = m.getKey();
            List<ReferenceCodes.Successor> successors = codes.changes().getOrDefault(code2020, List.of());
            boolean shared = successors.stream().anyMatch(s -> predecessors.get(s.code2024()).size() > 1);
            if (successors.isEmpty()) {
                rows.add(new Row(code2020, m.getValue(), null, "no 2024 successor in the change table"));
            } else if (shared) {
                ReferenceCodes.Successor s = successors.stream().filter(x -> predecessors.get(x.code2024()).size() > 1)
                        .findFirst().orElseThrow();
                merged.add(String.join(", ", predecessors.get(s.code2024()).stream()
                        .map(c -> c + " " + codes.municipalities2020().get(c)).toList())
                        + " (2020) → " + s.code2024() + " " + s.name2024() + " (2024)");
                rows.add(new Row(code2020, m.getValue(), null, "merged into " + s.code2024() + " " + s.name2024()
                        + " (2024): its part cannot be separated"));
            } else if (successors.size() > 1) {
                long sum = successors.stream().mapToLong(s -> figures.get(s.code2024())).sum();
                splits.add(code2020 + " " + m.getValue() + " (2020) = " + String.join(" + ",
                        successors.stream().map(s -> s.code2024() + " " + s.name2024()).toList()) + " (2024)");
                // the part that keeps the name continues the 2020 municipality; the others are new municipalities
                successors.stream().filter(s -> !s.name2024().equals(m.getValue()) && !codes.municipalities2020().containsKey(s.code2024()))
                        .forEach(s -> added.add(s.code2024() + " " + s.name2024()));
                rows.add(new Row(code2020, m.getValue(), Math.toIntExact(sum), "sum of "
                        + String.join(", ", successors.stream().map(ReferenceCodes.Successor::code2024).toList())));
            } else {
                ReferenceCodes.Successor s = successors.getFirst();
                boolean same = s.code2024().equals(code2020);
                if (!same) {
                    renumbered++;
                }
                rows.add(new Row(code2020, m.getValue(), Math.toIntExact(figures.get(s.code2024())),
                        same ? "same code" : "new number " + s.code2024()));
            }
        }
        return summarise(year, "2024", rows, renumbered, splits, List.copyOf(merged), List.copyOf(added), leftOut, codes, data);
    }

    private static Plan summarise(int year, String division, List<Row> rows, int renumbered, List<String> splits,
                                  List<String> merged, List<String> added, List<String> leftOut, ReferenceCodes codes,
                                  JsonStatDataset data) {
        Map<String, long[]> before = new TreeMap<>();
        Map<String, boolean[]> unknown = new TreeMap<>();
        for (Row r : rows) {
            String county = codes.county2024().getOrDefault(r.kommunenummer(), "");
            long[] sums = before.computeIfAbsent(county, k -> new long[2]);
            boolean[] u = unknown.computeIfAbsent(county, k -> new boolean[2]);
            Integer old = codes.current().get(r.kommunenummer());
            if (old == null) {
                u[0] = true;
            } else {
                sums[0] += old;
            }
            if (r.population() == null) {
                u[1] = true;
            } else {
                sums[1] += r.population();
            }
        }
        List<CountyChange> counties = new ArrayList<>();
        boolean totalBeforeUnknown = codes.current().isEmpty();
        boolean totalAfterUnknown = false;
        long tb = 0;
        long ta = 0;
        for (var e : before.entrySet()) {
            boolean[] u = unknown.get(e.getKey());
            boolean beforeUnknown = u[0] || codes.current().isEmpty();
            counties.add(new CountyChange(e.getKey(), codes.counties().getOrDefault(e.getKey(), e.getKey()),
                    beforeUnknown ? null : e.getValue()[0], u[1] ? null : e.getValue()[1]));
            totalBeforeUnknown |= beforeUnknown;
            totalAfterUnknown |= u[1];
            tb += e.getValue()[0];
            ta += e.getValue()[1];
        }
        String updated = data.text("updated");
        boolean unchanged = codes.commuting().populationYear() == year && rows.size() == codes.current().size()
                && rows.stream().allMatch(r -> codes.current().containsKey(r.kommunenummer())
                        && java.util.Objects.equals(codes.current().get(r.kommunenummer()), r.population()));
        return new Plan(year, division, List.copyOf(rows), renumbered, List.copyOf(splits), merged, added,
                List.copyOf(leftOut), List.copyOf(counties), codes.currentVersion(), totalBeforeUnknown ? null : tb,
                totalAfterUnknown ? null : ta, updated == null ? "" : updated, unchanged);
    }
}
