package no.traineemonitor.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Benchmark data, never real data: a scratch copy of {@code sample-data/} with synthetic programmes added, shaped like
 * the yearly returns (one return per programme and year, one definition per metric: the metrics of the return template)
 * and broken down by the municipalities each programme covers. Facts = programmes x years x (return metrics +
 * municipalities x municipal metrics), with plausible ranges and the untidiness of real data: returns and figures
 * missing, small programmes (shares withheld below n 5), approximate and estimated figures, ranges, a second source
 * disagreeing, the same figure cited twice, percentages instead of counts, targets and plans, multi-year totals, and
 * county totals.
 *
 * <p>Reproducible: programme k is drawn from its own generator seeded by (seed, k), so the same seed gives the same
 * files, and a smaller warehouse is the first programmes of a larger one. Programmes are added until the facts reach the
 * wanted number (the last programme may pass it by a few thousand).
 *
 * <p>Usage: {@code ./tm bench generate --facts=1000000 --out=SCRATCH_DIR [--seed=16]}. The folder must not exist or be
 * empty, and may not be {@code sample-data/} or {@code data/}.
 */
public final class SyntheticData {

    public static final long DEFAULT_SEED = 16;
    static final String SOURCE_FILE = "synthetic_returns.txt";
    static final String FILE_NAME = "zz_synthetic.csv";
    private static final int LAST_YEAR = 2024;

    /** What was written. */
    public record Summary(Path folder, int programmes, long facts, long programmeMunicipalities, long seed) {

        Path factsFile() {
            return folder.resolve("facts").resolve(FILE_NAME);
        }

        Path programmesFile() {
            return folder.resolve("programmes").resolve(FILE_NAME);
        }

        Path municipalitiesFile() {
            return folder.resolve("programme_municipalities").resolve(FILE_NAME);
        }
    }

    /** A municipality of the reference data: 2020 number, counties, BA-region, centrality class. */
    private record Municipality(String number, String county2020, String county2024, String ba, int centrality) {
    }

    private final List<Municipality> municipalities;
    private final Map<String, List<Municipality>> byBa = new HashMap<>();
    private final Map<String, List<Municipality>> byCounty = new HashMap<>();
    private final List<String> counties2024;
    private final long seed;

    private SyntheticData(Path sampleData, long seed) throws IOException {
        this.seed = seed;
        Map<String, String> county2024 = new HashMap<>();
        Map<String, String> number2024 = new HashMap<>();
        for (String[] r : csv(sampleData.resolve("reference/kommuner_2020_til_2024.csv"))) {
            county2024.putIfAbsent(r[0], r[6]);
            number2024.putIfAbsent(r[0], r[4]);
        }
        Map<String, String> ba = new HashMap<>();
        for (String[] r : csv(sampleData.resolve("reference/ba_regioner_2020.csv"))) {
            ba.put(r[0], r[2]);
        }
        Map<String, Integer> centrality = new HashMap<>();
        for (String[] r : csv(sampleData.resolve("reference/sentralitet_2024_fallback.csv"))) {
            centrality.put(r[0], Integer.parseInt(r[2]));
        }
        List<Municipality> all = new ArrayList<>();
        for (String[] r : csv(sampleData.resolve("reference/kommuner_2020.csv"))) {
            Municipality m = new Municipality(r[0], r[2], county2024.get(r[0]), ba.get(r[0]),
                    centrality.getOrDefault(number2024.getOrDefault(r[0], r[0]), 4));
            all.add(m);
            byBa.computeIfAbsent(m.ba(), k -> new ArrayList<>()).add(m);
            byCounty.computeIfAbsent(m.county2020(), k -> new ArrayList<>()).add(m);
        }
        all.sort(Comparator.comparing(Municipality::number));
        this.municipalities = all;
        this.counties2024 = all.stream().map(Municipality::county2024).distinct().sorted().toList();
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args, "facts", "out", "seed", "sample-data");
        long facts = Long.parseLong(options.getOrDefault("facts", "1000000"));
        Path out = Path.of(required(options, "out"));
        long seed = Long.parseLong(options.getOrDefault("seed", String.valueOf(DEFAULT_SEED)));
        Summary s = generate(Path.of(options.getOrDefault("sample-data", "sample-data")), out, facts, seed);
        System.out.printf(Locale.ROOT, "%s: %d synthetic programmes, %d facts, %d programme-municipality rows (seed %d)%n",
                s.folder(), s.programmes(), s.facts(), s.programmeMunicipalities(), s.seed());
    }

    /** Copies {@code sampleData} to {@code out} and adds synthetic programmes until there are {@code facts} more facts. */
    public static Summary generate(Path sampleData, Path out, long facts, long seed) throws IOException {
        refuseRealFolders(out);
        if (Files.exists(out)) {
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    throw new IllegalArgumentException(out + " is not empty: give a new scratch folder");
                }
            }
        }
        copyTree(sampleData, out);
        Files.writeString(out.resolve("sources.csv"), SOURCE_FILE + ",Syntetiske årsrapporter (ytelsestest),Traineemonitor,"
                + LAST_YEAR + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        return new SyntheticData(sampleData, seed).write(out, facts);
    }

    private Summary write(Path out, long wanted) throws IOException {
        Path programmes = out.resolve("programmes").resolve(FILE_NAME);
        Path coverage = out.resolve("programme_municipalities").resolve(FILE_NAME);
        Path factsFile = out.resolve("facts").resolve(FILE_NAME);
        long facts = 0;
        long covered = 0;
        int count = 0;
        // county totals per year (region facts), summed over the synthetic programmes of the county
        Map<String, long[]> countyTotals = new LinkedHashMap<>();
        try (var p = writer(programmes); var pm = writer(coverage); var f = writer(factsFile)) {
            p.write("programme_id,name,type,status,county_number_2020,county_number_2024,host,founded_year,length_months,"
                    + "placement_model,min_education,source_file,source_section,source_quote,note\n");
            pm.write("programme_id,kommunenummer,basis,source_file,source_section,source_quote,note\n");
            f.write("fact_id,programme_id,region_type,region_code,metric,category,period_start,period_end,value,unit,scope,"
                    + "horizon,qualifier,source_file,source_section,source_quote,conflict_note,note,period_kind,figure_kind,"
                    + "statement_programmes\n");
            while (facts < wanted) {
                count++;
                Programme programme = new Programme(count);
                programme.writeProgramme(p);
                covered += programme.writeCoverage(pm);
                facts += programme.writeFacts(f, countyTotals);
            }
            for (var e : countyTotals.entrySet()) {
                String[] key = e.getKey().split("\\|");
                long[] t = e.getValue();
                String[] metrics = {"positions_advertised", "applicants", "hires"};
                for (int i = 0; i < metrics.length; i++) {
                    f.write(String.join(",", "syn-county-" + key[0] + "-" + key[1] + "-" + i, "", "county_2024", key[0],
                            metrics[i], "", key[1], key[1], Long.toString(t[i]), "count", "county", "", "reported",
                            SOURCE_FILE, "Fylkesstatistikk " + key[1], "Syntetisk tall", "", "", "year", "outcome", ""));
                    f.write('\n');
                    facts++;
                }
            }
        }
        return new Summary(out, count, facts, covered, seed);
    }

    /** One synthetic programme, drawn from its own random generator. */
    private final class Programme {

        private final int index;
        private final String id;
        private final SplittableRandom random;
        private final Municipality home;
        private final List<Municipality> covered;
        private final String type;
        private final String status;
        private final int founded;
        private final int lastYear;
        private final int lengthMonths;
        private final double size;
        private long factNumber;
        private final Map<Integer, Integer> hiresByYear = new HashMap<>();
        private final Map<Integer, Integer> completedByYear = new HashMap<>();

        Programme(int index) {
            this.index = index;
            this.id = String.format(Locale.ROOT, "syn_p%05d", index);
            this.random = new SplittableRandom(seed * 1_000_003L + index);
            this.home = municipalities.get(random.nextInt(municipalities.size()));
            int wantedCoverage = 3 + random.nextInt(38);
            List<Municipality> area = new ArrayList<>();
            area.add(home);
            for (Municipality m : byBa.getOrDefault(home.ba(), List.of())) {
                if (area.size() < wantedCoverage && !area.contains(m)) {
                    area.add(m);
                }
            }
            List<Municipality> county = new ArrayList<>(byCounty.get(home.county2020()));
            for (int i = 0; area.size() < wantedCoverage && i < county.size() * 2; i++) {
                Municipality m = county.get(random.nextInt(county.size()));
                if (!area.contains(m)) {
                    area.add(m);
                }
            }
            this.covered = area;
            double t = random.nextDouble();
            this.type = t < 0.85 ? "trainee_programme" : t < 0.95 ? "competence_pilot" : "pre_study";
            double s = random.nextDouble();
            this.status = s < 0.75 ? "active" : s < 0.85 ? "paused" : s < 0.95 ? "closed" : "proposed";
            this.founded = 1996 + random.nextInt(27);
            this.lastYear = status.equals("closed") ? Math.min(LAST_YEAR, founded + 3 + random.nextInt(12)) : LAST_YEAR;
            this.lengthMonths = new int[] {12, 18, 24}[random.nextInt(3)];
            double band = random.nextDouble();
            // positions per year: small programmes (under 5, their shares often withheld), medium and large ones
            this.size = band < 0.3 ? 1.5 + random.nextDouble() * 3 : band < 0.8 ? 5 + random.nextDouble() * 9 : 14 + random.nextDouble() * 20;
        }

        void writeProgramme(BufferedWriter w) throws IOException {
            w.write(String.join(",", id, String.format(Locale.ROOT, "Syntetisk program %05d", index), type, status,
                    home.county2020(), home.county2024(), "Vert " + home.number(), Integer.toString(founded),
                    Integer.toString(lengthMonths), random.nextBoolean() ? "one_host" : "rotation", "bachelor",
                    SOURCE_FILE, "Programregister", "Syntetisk program", "benchmark data"));
            w.write('\n');
        }

        long writeCoverage(BufferedWriter w) throws IOException {
            for (Municipality m : covered) {
                w.write(String.join(",", id, m.number(), m == home ? "host_location" : "stated", SOURCE_FILE,
                        "Programregister", "Syntetisk dekning", ""));
                w.write('\n');
            }
            return covered.size();
        }

        long writeFacts(BufferedWriter w, Map<String, long[]> countyTotals) throws IOException {
            long before = factNumber;
            if (status.equals("proposed")) {
                // a proposed programme has plans and targets, no outcomes
                int year = LAST_YEAR;
                fact(w, "positions_advertised", null, year, year, Math.max(1, Math.round(size)), "count", "programme", null,
                        "budget", "year", "plan", null);
                fact(w, "hires", null, year, year, Math.max(1, Math.round(size * 0.8)), "count", "programme", null,
                        "reported", "year", "target", null);
                return factNumber - before;
            }
            int lengthYears = lengthMonths > 12 ? 2 : 1;
            int first = Math.max(founded, 2000);
            int members = (int) Math.round(size * (2 + random.nextDouble() * 4)) + 3;
            for (int year = first; year <= lastYear; year++) {
                if (random.nextDouble() < 0.05) {
                    continue; // no return this year
                }
                int positions = (int) Math.max(1, Math.round(size * (0.7 + random.nextDouble() * 0.6)));
                int applicants = (int) Math.round(positions * (2 + random.nextDouble() * 16));
                int hires = (int) Math.min(positions, Math.round(positions * (0.6 + random.nextDouble() * 0.45)));
                int women = (int) Math.round(hires * (0.35 + random.nextDouble() * 0.35));
                int inMovers = (int) Math.round(hires * (0.15 + random.nextDouble() * 0.45));
                members = Math.max(3, members + random.nextInt(7) - 3);
                int active = (int) Math.round(members * (0.3 + random.nextDouble() * 0.6));
                hiresByYear.put(year, hires);
                Integer started = hiresByYear.get(year - lengthYears);
                Integer completed = null;
                Integer dropped = null;
                if (started != null) {
                    // a return reports the cohort that ends this year; never more than this year's hires (the load's rule)
                    started = Math.min(started, hires);
                    completed = (int) Math.round(started * (0.8 + random.nextDouble() * 0.2));
                    dropped = started - completed;
                    completedByYear.put(year, completed);
                }
                // the return: one definition per metric, some figures missing
                fact(w, "positions_advertised", null, year, year, positions, "count", "programme", null, qualifier(), "year", "outcome", null);
                if (random.nextDouble() < 0.01) {
                    // a range instead of one figure
                    fact(w, "applicants", null, year, year, Math.round(applicants * 0.9), "count", "programme", null, "range_low", "year", "outcome", null);
                    fact(w, "applicants", null, year, year, Math.round(applicants * 1.1), "count", "programme", null, "range_high", "year", "outcome", null);
                } else if (present(0.97)) {
                    fact(w, "applicants", null, year, year, applicants, "count", "programme", null, qualifier(), "year", "outcome", null);
                }
                fact(w, "hires", null, year, year, hires, "count", "programme", null, "reported", "year", "outcome", null);
                int otherHires = hires > 1 ? hires - 1 - random.nextInt(Math.min(3, hires - 1)) : hires + 1;
                if (completed != null && otherHires < completed + dropped) {
                    otherHires = hires + 1;
                }
                if (random.nextDouble() < 0.015 && otherHires <= positions) {
                    // a second source disagrees, within what the load accepts (completed + dropped out <= hires <= positions)
                    fact(w, "hires", null, year, year, otherHires, "count", "programme", null, "reported", "year", "outcome",
                            "Årsmeldingen oppgir et annet tall enn årsrapporten");
                } else if (random.nextDouble() < 0.01) {
                    // the same figure cited twice
                    fact(w, "hires", null, year, year, hires, "count", "programme", null, "reported", "year", "outcome", "");
                }
                if (present(0.85)) {
                    fact(w, "hires_women", null, year, year, women, "count", "programme", null, "reported", "year", "outcome", null);
                    fact(w, "hires_men", null, year, year, hires - women, "count", "programme", null, "reported", "year", "outcome", null);
                }
                if (random.nextDouble() < 0.05 && hires > 0) {
                    fact(w, "hires_in_movers", null, year, year, Math.round(100.0 * inMovers / hires), "percent", "programme",
                            null, "approximate", "year", "outcome", null);
                } else if (present(0.8)) {
                    fact(w, "hires_in_movers", null, year, year, inMovers, "count", "programme", null, qualifier(), "year", "outcome", null);
                }
                if (present(0.8)) {
                    fact(w, "host_firms", null, year, year, hires + random.nextInt(3), "count", "programme", null, "reported", "point", "outcome", null);
                }
                if (present(0.85)) {
                    fact(w, "member_organisations", null, year, year, members, "count", "programme", null, "reported", "point", "outcome", null);
                    if (present(0.9)) {
                        fact(w, "member_organisations", "active", year, year, active, "count", "programme", null, qualifier(), "point", "outcome", null);
                    }
                }
                if (completed != null && present(0.9)) {
                    fact(w, "completed", null, year, year, completed, "count", "programme", null, "reported", "year", "outcome", null);
                    fact(w, "dropped_out", null, year, year, dropped, "count", "programme", null, "reported", "year", "outcome", null);
                    if (present(0.8)) {
                        fact(w, "continued_in_host", null, year, year, Math.round(completed * (0.55 + random.nextDouble() * 0.4)),
                                "count", "programme", "end_of_programme", qualifier(), "year", "outcome", null);
                    }
                    if (present(0.8)) {
                        fact(w, "retained_in_region", null, year, year, Math.round(completed * (0.6 + random.nextDouble() * 0.38)),
                                "count", "programme", "end_of_programme", qualifier(), "year", "outcome", null);
                    }
                }
                Integer completedBefore = completedByYear.get(year - 1);
                if (completedBefore != null && present(0.6)) {
                    // one year after: about those who completed the year before (the template's period offset -1)
                    fact(w, "continued_in_host", null, year - 1, year - 1, Math.round(completedBefore * (0.45 + random.nextDouble() * 0.45)),
                            "count", "programme", "1y_after", "reported", "year", "outcome", null);
                    fact(w, "retained_in_region", null, year - 1, year - 1, Math.round(completedBefore * (0.5 + random.nextDouble() * 0.45)),
                            "count", "programme", "1y_after", "reported", "year", "outcome", null);
                }
                fact(w, "municipalities_covered", null, year, year, covered.size(), "count", "programme_region", null, "reported", "point", "outcome", null);
                long county = present(0.9) ? Math.round(100_000 + random.nextDouble() * 900_000 * size / 10) : -1;
                long state = present(0.4) ? Math.round(random.nextDouble() * 500_000) : -1;
                long fees = Math.round(members * (5_000 + random.nextDouble() * 20_000));
                if (county >= 0) {
                    fact(w, "funding_nok", "county_council", year, year, county, "nok", "programme", null, qualifier(), "year", "outcome", null);
                }
                if (state >= 0) {
                    fact(w, "funding_nok", "state", year, year, state, "nok", "programme", null, "reported", "year", "outcome", null);
                }
                fact(w, "funding_nok", "member_fees", year, year, fees, "nok", "programme", null, "reported", "year", "outcome", null);
                if (present(0.5)) {
                    fact(w, "funding_nok", "other", year, year, Math.round(random.nextDouble() * 200_000), "nok", "programme", null, "reported", "year", "outcome", null);
                }
                if (present(0.7)) {
                    fact(w, "price_per_trainee_nok", null, year, year, 50_000 + 5_000 * random.nextInt(20), "nok", "programme", null, "reported", "point", "outcome", null);
                }
                if (random.nextDouble() < 0.05) {
                    fact(w, "hires", null, year + 1, year + 1, hires + 1 + random.nextInt(3), "count", "programme", null, "reported", "year", "target", null);
                    fact(w, "funding_nok", "county_council", year + 1, year + 1, Math.round(200_000 + random.nextDouble() * 800_000), "nok",
                            "programme", null, "budget", "year", "plan", null);
                }
                int placedPeriphery = writeMunicipalities(w, year, positions, applicants, hires, members, completed);
                fact(w, "trainees_placed", "all", year, year, hires, "count", "programme", null, "reported", "year", "outcome", null);
                fact(w, "trainees_placed", "class_5_6", year, year, placedPeriphery, "count", "programme", null, "reported", "year", "outcome", null);
                long[] t = countyTotals.computeIfAbsent(home.county2024() + "|" + year, k -> new long[3]);
                t[0] += positions;
                t[1] += applicants;
                t[2] += hires;
            }
            // the totals since the start, as the reports give them (a multi-year figure, never ranked against one year)
            int end = Math.min(2020, lastYear);
            if (first < end) {
                long hires = hiresByYear.entrySet().stream().filter(e -> e.getKey() <= end).mapToLong(Map.Entry::getValue).sum();
                long completed = completedByYear.entrySet().stream().filter(e -> e.getKey() <= end).mapToLong(Map.Entry::getValue).sum();
                fact(w, "hires", null, first, end, hires, "count", "programme", null, "reported", "multi_year", "outcome", null);
                if (completed > 0) {
                    fact(w, "completed", null, first, end, completed, "count", "programme", null, "reported", "multi_year", "outcome", null);
                }
            }
            fact(w, "programme_length_months", null, null, null, lengthMonths, "months", "programme", null, "reported", "point", "outcome", null);
            fact(w, "founded_year", null, founded, founded, founded, "count", "programme", null, "reported", "point", "outcome", null);
            return factNumber - before;
        }

        /**
         * The return's figures by covered municipality (category municipality:NNNN: they never pair with the programme's
         * own figures). Returns the trainees placed in centrality class 5-6.
         */
        private int writeMunicipalities(BufferedWriter w, int year, int positions, int applicants, int hires, int members,
                                        @org.jspecify.annotations.Nullable Integer completed) throws IOException {
            if (random.nextDouble() < 0.25) {
                return (int) Math.round(hires * share56());
            }
            int n = covered.size();
            double[] weight = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                weight[i] = i == 0 ? 3 + random.nextDouble() * 3 : random.nextDouble();
                sum += weight[i];
            }
            int[] placed = split(hires, weight, sum);
            int[] pos = split(positions, weight, sum);
            int[] appl = split(applicants, weight, sum);
            int[] mem = split(members, weight, sum);
            int[] done = completed == null ? null : split(completed, weight, sum);
            for (int i = 0; i < n; i++) {
                // rounding may give a municipality more hires than positions, or more completed than hires: never
                placed[i] = Math.min(placed[i], pos[i]);
                if (done != null) {
                    done[i] = Math.min(done[i], placed[i]);
                }
            }
            int periphery = 0;
            for (int i = 0; i < n; i++) {
                Municipality m = covered.get(i);
                String category = "municipality:" + m.number();
                if (m.centrality() >= 5) {
                    periphery += placed[i];
                }
                fact(w, "hires", category, year, year, placed[i], "count", "programme", null, "reported", "year", "outcome", null, m);
                fact(w, "positions_advertised", category, year, year, pos[i], "count", "programme", null, "reported", "year", "outcome", null, m);
                fact(w, "applicants", category, year, year, appl[i], "count", "programme", null, "reported", "year", "outcome", null, m);
                fact(w, "host_firms", category, year, year, placed[i], "count", "programme", null, "reported", "point", "outcome", null, m);
                fact(w, "member_organisations", category, year, year, mem[i], "count", "programme", null, "reported", "point", "outcome", null, m);
                if (done != null) {
                    fact(w, "completed", category, year, year, done[i], "count", "programme", null, "reported", "year", "outcome", null, m);
                    fact(w, "retained_in_region", category, year, year, Math.round(done[i] * (0.6 + random.nextDouble() * 0.4)),
                            "count", "programme", "end_of_programme", "reported", "year", "outcome", null, m);
                }
                fact(w, "funding_nok", category, year, year, Math.round(random.nextDouble() * 50_000), "nok", "programme", null,
                        qualifier(), "year", "outcome", null, m);
            }
            return periphery;
        }

        private double share56() {
            long p = covered.stream().filter(m -> m.centrality() >= 5).count();
            return (double) p / covered.size();
        }

        private boolean present(double p) {
            return random.nextDouble() < p;
        }

        /** Mostly reported; some approximate ("om lag") or estimated figures. */
        private String qualifier() {
            double q = random.nextDouble();
            return q < 0.04 ? "approximate" : q < 0.05 ? "estimate" : "reported";
        }

        private void fact(BufferedWriter w, String metric, @org.jspecify.annotations.Nullable String category,
                          @org.jspecify.annotations.Nullable Integer start, @org.jspecify.annotations.Nullable Integer end,
                          long value, String unit, String scope, @org.jspecify.annotations.Nullable String horizon,
                          String qualifier, String periodKind, String figureKind,
                          @org.jspecify.annotations.Nullable String conflict) throws IOException {
            fact(w, metric, category, start, end, value, unit, scope, horizon, qualifier, periodKind, figureKind, conflict, null);
        }

        private void fact(BufferedWriter w, String metric, @org.jspecify.annotations.Nullable String category,
                          @org.jspecify.annotations.Nullable Integer start, @org.jspecify.annotations.Nullable Integer end,
                          long value, String unit, String scope, @org.jspecify.annotations.Nullable String horizon,
                          String qualifier, String periodKind, String figureKind,
                          @org.jspecify.annotations.Nullable String conflict, @org.jspecify.annotations.Nullable Municipality m)
                throws IOException {
            factNumber++;
            String year = end == null ? "" : end.toString();
            w.write(String.format(Locale.ROOT, "s%05d-%06d", index, factNumber));
            w.write(',');
            w.write(id);
            w.write(',');
            w.write(m == null ? "" : "municipality");
            w.write(',');
            w.write(m == null ? "" : m.number());
            w.write(',');
            w.write(metric);
            w.write(',');
            w.write(category == null ? "" : category);
            w.write(',');
            w.write(start == null ? "" : start.toString());
            w.write(',');
            w.write(year);
            w.write(',');
            w.write(Long.toString(value));
            w.write(',');
            w.write(unit);
            w.write(',');
            w.write(scope);
            w.write(',');
            w.write(horizon == null ? "" : horizon);
            w.write(',');
            w.write(qualifier);
            w.write(',');
            w.write(SOURCE_FILE);
            // a figure with a conflict note, or an empty one (the same figure cited again), comes from a second source;
            // targets and plans from the programme's plan
            boolean plan = !figureKind.equals("outcome");
            w.write(plan ? ",Plan " : conflict == null ? ",Årsrapport " : ",Årsmelding ");
            w.write(year.isEmpty() ? "programmet" : year);
            w.write(plan ? ",Syntetisk mål," : conflict == null ? ",Syntetisk tall," : ",Syntetisk tall fra årsmeldingen,");
            w.write(conflict == null ? "" : conflict);
            w.write(",,");
            w.write(periodKind);
            w.write(',');
            w.write(figureKind);
            w.write(",\n");
        }
    }

    /** Splits {@code total} over the weights, rounding so that the parts add up to the total. */
    private static int[] split(int total, double[] weight, double sum) {
        int[] out = new int[weight.length];
        int given = 0;
        for (int i = 1; i < weight.length; i++) {
            out[i] = (int) Math.floor(total * weight[i] / sum);
            given += out[i];
        }
        out[0] = total - given;
        return out;
    }

    static void refuseRealFolders(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        for (Path p = abs; p != null; p = p.getParent()) {
            String name = String.valueOf(p.getFileName());
            if (name.equals("sample-data") || (name.equals("data") && Files.isDirectory(p.resolveSibling("sample-data")))) {
                throw new IllegalArgumentException("Refusing to write benchmark data into " + abs + ": use a scratch folder");
            }
        }
    }

    private static List<String[]> csv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            // the reference files used here have no quoted commas in the columns read
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    private static BufferedWriter writer(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static Map<String, String> options(String[] args, String... known) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("Options have the form --name=value: '" + a + "'");
            }
            String name = a.substring(2, a.indexOf('='));
            if (!List.of(known).contains(name)) {
                throw new IllegalArgumentException("Unknown option --" + name + " (known: " + String.join(", ", known) + ")");
            }
            out.put(name, a.substring(a.indexOf('=') + 1));
        }
        return out;
    }

    static String required(Map<String, String> options, String name) {
        String v = options.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("--" + name + "=... is required");
        }
        return v;
    }
}
