package no.traineemonitor.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import no.traineemonitor.warehouse.ingest.LoadProblem;
import no.traineemonitor.warehouse.ingest.LoadRejectedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz test of the load: well over 150 damaged variants of the sample data (every class of the hardening issue and
 * more), each loaded over an existing database. Every one must be refused by the validator, before DuckDB sees
 * anything, with a problem at the file and line that was damaged ({@code file:line:column: what (expected ...)}), and
 * leave the database byte for byte as it was, with nothing beside it. The counts go to target/fuzz-summary.txt.
 */
class SampleDataFuzzTest {

    /** Where the damage is: a file and the line of the damaged row (0: the file as a whole). */
    record Expect(String file, int line) {
    }

    interface Damage {
        Expect apply(SampleDataCopy copy);
    }

    record Variant(String name, Damage damage) {
    }

    @TempDir
    static Path tmp;
    static Path database;
    static Path pristine;
    static String digestBefore;
    static final AtomicLong copyNanos = new AtomicLong();
    static final AtomicLong loadNanos = new AtomicLong();
    static final AtomicLong checkNanos = new AtomicLong();
    static final AtomicInteger tried = new AtomicInteger();
    static final AtomicInteger refusedWithLine = new AtomicInteger();
    static final AtomicInteger unchanged = new AtomicInteger();
    static final AtomicInteger leftovers = new AtomicInteger();

    static final String FACTS = "facts/002a.csv";
    static final String SURVEY = "survey/002.csv";

    @BeforeAll
    static void buildTheDatabaseOnce() throws IOException {
        database = tmp.resolve("db/traineemonitor.duckdb");
        WarehouseBuilderTest.builder(Path.of("sample-data")).buildAndSwap(database);
        digestBefore = WarehouseChecksum.digest(database);
        pristine = tmp.resolve("pristine.duckdb");
        Files.copy(database, pristine);
    }

    @TestFactory
    Stream<DynamicTest> every_damaged_variant_is_refused_with_file_and_line_and_the_database_is_unchanged() {
        List<Variant> variants = variants();
        assertThat(variants).hasSizeGreaterThanOrEqualTo(150);
        AtomicInteger n = new AtomicInteger();
        return variants.stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> check(v, n.incrementAndGet())));
    }

    private static void check(Variant variant, int number) throws IOException {
        tried.incrementAndGet();
        long t0 = System.nanoTime();
        SampleDataCopy copy = SampleDataCopy.of(tmp.resolve("variant-" + number));
        Expect expect = variant.damage().apply(copy);
        long t1 = System.nanoTime();
        Throwable thrown = catchThrowable(() -> WarehouseBuilderTest.builder(copy.root).buildAndSwap(database));
        long t2 = System.nanoTime();

        boolean sameBytes = WarehouseChecksum.digest(database).equals(digestBefore);
        if (!sameBytes) { // keep the other variants independent of this failure
            Files.copy(pristine, database, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            WarehouseChecksum.write(WarehouseChecksum.of(database), digestBefore, database);
        }
        copyNanos.addAndGet(t1 - t0);
        loadNanos.addAndGet(t2 - t1);
        checkNanos.addAndGet(System.nanoTime() - t2);
        List<String> beside;
        try (Stream<Path> list = Files.list(database.getParent())) {
            beside = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        if (sameBytes) {
            unchanged.incrementAndGet();
        }
        if (!beside.equals(List.of("traineemonitor.duckdb", "traineemonitor.duckdb.sha256"))) {
            leftovers.incrementAndGet();
        }
        assertThat(thrown).as(variant.name()).isInstanceOf(LoadRejectedException.class);
        List<LoadProblem> problems = ((LoadRejectedException) thrown).problems();
        String message = thrown.getMessage();
        assertThat(problems).as("problems").isNotEmpty();
        if (expect.line() > 0) {
            assertThat(problems).as("a problem at %s:%d:column", expect.file(), expect.line())
                    .anySatisfy(p -> {
                        assertThat(p.file()).isEqualTo(expect.file());
                        assertThat(p.line()).isEqualTo(expect.line());
                        assertThat(p.column()).isPositive();
                        assertThat(message).contains(expect.file() + ":" + expect.line() + ":" + p.column() + ": ");
                    });
        } else {
            assertThat(problems).as("a problem with %s", expect.file()).anySatisfy(p -> assertThat(p.file()).isEqualTo(expect.file()));
            assertThat(problems).as("one missing or broken file is reported once, not once per reference").hasSizeLessThan(5);
        }
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("(expected"));
        // the validator speaks, never the database engine
        assertThat(message).doesNotContain("Error:", "Conversion", "Constraint", "strict_mode", "Invalid Input", "DuckDB");
        if (expect.line() > 0) {
            refusedWithLine.incrementAndGet();
        }
        assertThat(sameBytes).as("database unchanged").isTrue();
        assertThat(beside).as("nothing left beside the database").containsExactly("traineemonitor.duckdb", "traineemonitor.duckdb.sha256");
    }

    @AfterAll
    static void summary() throws IOException {
        String text = "variants tried: " + tried + "\nrefused with file:line:column: " + refusedWithLine
                + " (the others are whole-file problems: a missing or empty file or folder)\ndatabases unchanged: " + unchanged
                + "\nleftovers beside the database: " + leftovers + "\n"
                + String.format("time: making the variants %d ms, refusing them %d ms, checking the database %d ms%n",
                        copyNanos.get() / 1_000_000, loadNanos.get() / 1_000_000, checkNanos.get() / 1_000_000);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/fuzz-summary.txt"), text);
        System.out.print(text);
    }

    // ---- the variants ----

    static List<Variant> variants() {
        List<Variant> v = new ArrayList<>();
        numbers(v);
        ranges(v);
        crossField(v);
        vocabularies(v);
        kinds(v);
        references(v);
        namesAndKeys(v);
        quotes(v);
        syntax(v);
        files(v);
        return v;
    }

    /** Values that are not plain numbers: locale forms, Java and C literals, other digit systems, overflow. */
    private static void numbers(List<Variant> v) {
        List<String> notDecimals = List.of("1999d", "0x1p3", "1e5", "NaN", "Infinity", "12,5", " 12", "+12",
                "\u0661\u0662", "\uFF11\uFF12", "12.5.1", "1_000", "12%", "- 5", "12.");
        List<String> factFiles = List.of("facts/000.csv", "facts/001.csv", "facts/002_context.csv",
                "facts/002_survey_totals.csv", "facts/002a.csv", "facts/002b.csv", "facts/003.csv", "facts/004.csv");
        for (int i = 0; i < notDecimals.size(); i++) {
            String bad = notDecimals.get(i);
            for (String file : List.of(factFiles.get(i % factFiles.size()), factFiles.get((i + 3) % factFiles.size()))) {
                v.add(new Variant(file + " value '" + bad + "'", c -> at(file, c.set(file, c.firstRow(file), "value", bad))));
            }
            v.add(new Variant("survey value '" + bad + "'", c -> at(SURVEY, c.set(SURVEY, c.firstRow(SURVEY), "value", bad))));
        }
        List<String> notWhole = List.of("99999999999", "12.0", "3.5", "1e3", "\u0663", "2147483648", "0x10", "7 ");
        record IntColumn(String file, String column) {
        }
        List<IntColumn> ints = List.of(new IntColumn("reference/befolkning_2020.csv", "befolkning_2020_01_01"),
                new IntColumn("reference/befolkning_2020.csv", "befolkning_2021_01_01"),
                new IntColumn("reference/pendling_2020.csv", "sysselsatte"),
                new IntColumn("reference/fylker_2024.csv", "antall_kommuner"),
                new IntColumn("reference/pendling_2020_per_kommune.csv", "sysselsatte_bosted"),
                new IntColumn(SURVEY, "n"));
        for (int i = 0; i < notWhole.size(); i++) {
            for (int k = 0; k < 3; k++) {
                IntColumn col = ints.get((i + k * 2) % ints.size());
                String bad = notWhole.get(i);
                v.add(new Variant(col.file() + " " + col.column() + " '" + bad + "'",
                        c -> at(col.file(), c.set(col.file(), c.firstRow(col.file()), col.column(), bad))));
            }
        }
        v.add(new Variant("programme length_months 'tolv'", c -> at("programmes/002a.csv",
                c.set("programmes/002a.csv", c.firstRow("programmes/002a.csv"), "length_months", "tolv"))));
        v.add(new Variant("ba_regioner reisetid_min '12,5'", c -> at("reference/ba_regioner_2020.csv",
                c.set("reference/ba_regioner_2020.csv", 2, "reisetid_min", "12,5"))));
        v.add(new Variant("sources year '20 20'", c -> at("sources.csv", c.set("sources.csv", 2, "year", "20 20"))));
        v.add(new Variant("fact period_start '2O20' (letter O)", c -> at(FACTS, c.set(FACTS, 2, "period_start", "2O20"))));
    }

    /** Numbers of the right form that cannot be true. */
    private static void ranges(List<Variant> v) {
        v.add(new Variant("hires -57", c -> at(FACTS, c.set(FACTS, lookNorth(c, "hires"), "value", "-57"))));
        v.add(new Variant("a percentage of 175", c -> at(FACTS, c.set(FACTS, c.line(FACTS, r -> r.get("unit").equals("percent")), "value", "175"))));
        v.add(new Variant("a survey cell of 250 %", c -> at(SURVEY, c.set(SURVEY, c.line(SURVEY, r -> r.get("unit").equals("percent")), "value", "250"))));
        v.add(new Variant("a survey count above its n", c -> at(SURVEY, c.set(SURVEY, c.line(SURVEY, r -> r.get("unit").equals("count")), "value", "9999"))));
        v.add(new Variant("a survey n of 0", c -> at(SURVEY, c.set(SURVEY, c.firstRow(SURVEY), "n", "0"))));
        v.add(new Variant("a count of 12.5 trainees", c -> at(FACTS, c.set(FACTS, lookNorth(c, "hires"), "value", "12.5"))));
        v.add(new Variant("a negative amount of money", c -> at(FACTS, c.set(FACTS, c.line(FACTS, r -> r.get("unit").equals("nok")), "value", "-100000"))));
        v.add(new Variant("programme length 0 months", c -> at("programmes/002a.csv", c.set("programmes/002a.csv", 2, "length_months", "0"))));
        v.add(new Variant("programme length 999 months", c -> at("programmes/002a.csv", c.set("programmes/002a.csv", 2, "length_months", "999"))));
        v.add(new Variant("out-commuting 101 %", c -> at("reference/ba_regioner_2020.csv", c.set("reference/ba_regioner_2020.csv", 2, "utpendling_pct", "101"))));
        v.add(new Variant("negative travel time", c -> at("reference/ba_regioner_2020.csv", c.set("reference/ba_regioner_2020.csv", 3, "reisetid_min", "-3"))));
        v.add(new Variant("a county of 0 municipalities", c -> at("reference/fylker_2024.csv", c.set("reference/fylker_2024.csv", 2, "antall_kommuner", "0"))));
        v.add(new Variant("negative population", c -> at("reference/befolkning_2020.csv", c.set("reference/befolkning_2020.csv", 3, "befolkning_2020_01_01", "-1"))));
        v.add(new Variant("period start after end", c -> at(FACTS, c.set(FACTS, lookNorth(c, "hires"), "period_start", "2021"))));
        v.add(new Variant("year 1850", c -> at(FACTS, c.set(FACTS, lookNorth(c, "hires"), "period_end", "1850"))));
        v.add(new Variant("founded in year 3020", c -> {
            int line = c.appendLike(FACTS, lookNorth(c, "hires"), Map.of("fact_id", "fz-1", "metric", "founded_year", "value", "3020",
                    "period_start", "", "period_end", ""));
            return at(FACTS, line);
        }));
        v.add(new Variant("programme founded year 1066", c -> at("programmes/002a.csv", c.set("programmes/002a.csv", 2, "founded_year", "1066"))));
    }

    /** Facts about the same programme, period and scope that cannot all be true. */
    private static void crossField(List<Variant> v) {
        v.add(new Variant("hires above applicants", c -> at(FACTS, c.set(FACTS, lookNorth(c, "hires"), "value", "200"))));
        v.add(new Variant("applicants fewer than hires", c -> {
            c.set(FACTS, lookNorth(c, "applicants"), "value", "10");
            return at(FACTS, lookNorth(c, "hires"));
        }));
        v.add(new Variant("hires above positions (the fill-rate row would vanish)", c -> {
            c.set(FACTS, lookNorth(c, "applicants"), "value", "400");
            return at(FACTS, c.set(FACTS, lookNorth(c, "hires"), "value", "13"));
        }));
        v.add(new Variant("completed + dropped out above hires", c -> at(FACTS, c.set(FACTS,
                c.line(FACTS, r -> r.get("programme_id").equals("trainee_salten") && r.get("metric").equals("completed")), "value", "85"))));
        v.add(new Variant("completed alone above hires", c -> at(FACTS, c.set(FACTS,
                c.line(FACTS, r -> r.get("programme_id").equals("trainee_salten") && r.get("metric").equals("completed")), "value", "89"))));
        v.add(new Variant("a new file with hires above applicants", c -> {
            String file = "facts/900_new.csv";
            c.writeRaw(file, (header(c) + "\nn-1,trainee_vest,,,applicants,,2031,2031,5,count,programme,,reported,"
                    + "002_807c44608543e294.txt,s,Søkingen til de 12 plassene var totalt 181 personer,,,year,outcome,\n"
                    + "n-2,trainee_vest,,,hires,,2031,2031,6,count,programme,,reported,"
                    + "002_807c44608543e294.txt,s,For året 2020 deltar det 12 traineer,,,year,outcome,\n").getBytes(StandardCharsets.UTF_8));
            return at(file, 3);
        }));
    }

    /** What kind of figure a fact is (issue 12): the period fits its kind, a budget is no outcome, groups are well formed. */
    private static void kinds(List<Variant> v) {
        final String F000 = "facts/000.csv"; // its joint statement (f000-0015) and the budget model of 000 §4
        v.add(new Variant("period_kind year for a span of years", c -> at(FACTS, c.set(FACTS,
                c.line(FACTS, r -> r.get("period_kind").equals("multi_year")), "period_kind", "year"))));
        v.add(new Variant("period_kind multi_year without an end", c -> {
            int line = c.line(FACTS, r -> r.get("period_kind").equals("multi_year"));
            c.set(FACTS, line, "period_end", "");
            return at(FACTS, line);
        }));
        v.add(new Variant("period_kind 'annual'", c -> at(FACTS, c.set(FACTS, 2, "period_kind", "annual"))));
        v.add(new Variant("figure_kind 'goal'", c -> at(FACTS, c.set(FACTS, 2, "figure_kind", "goal"))));
        v.add(new Variant("a budget counted as an outcome", c -> at(F000, c.set(F000,
                c.line(F000, r -> r.get("qualifier").equals("budget")), "figure_kind", "outcome"))));
        v.add(new Variant("a joint statement naming one programme", c -> at(F000, c.set(F000,
                c.line(F000, r -> !r.get("statement_programmes").isEmpty()), "statement_programmes", "trainee_salten"))));
        v.add(new Variant("a joint statement not sorted", c -> at(F000, c.set(F000,
                c.line(F000, r -> !r.get("statement_programmes").isEmpty()), "statement_programmes",
                "trainee_vest seafood_trainee trainee_salten"))));
        v.add(new Variant("a joint statement with an unknown programme", c -> at(F000, c.set(F000,
                c.line(F000, r -> !r.get("statement_programmes").isEmpty()), "statement_programmes",
                "seafood_trainee trainee_nowhere"))));
        v.add(new Variant("a joint statement that also names one programme", c -> at(F000, c.set(F000,
                c.line(F000, r -> !r.get("statement_programmes").isEmpty()), "programme_id", "trainee_salten"))));
    }

    private static void vocabularies(List<Variant> v) {
        v.add(new Variant("unit 'stk'", c -> at(FACTS, c.set(FACTS, 2, "unit", "stk"))));
        v.add(new Variant("qualifier 'about'", c -> at(FACTS, c.set(FACTS, 2, "qualifier", "about"))));
        v.add(new Variant("qualifier in upper case", c -> at(FACTS, c.set(FACTS, 2, "qualifier", "REPORTED"))));
        v.add(new Variant("scope 'region'", c -> at(FACTS, c.set(FACTS, 2, "scope", "region"))));
        v.add(new Variant("horizon '2y_after'", c -> at(FACTS, c.set(FACTS, 2, "horizon", "2y_after"))));
        v.add(new Variant("metric with a space", c -> at(FACTS, c.set(FACTS, 2, "metric", "hires women"))));
        v.add(new Variant("programme type 'trainee'", c -> at("programmes/000.csv", c.set("programmes/000.csv", 2, "type", "trainee"))));
        v.add(new Variant("programme status 'Active'", c -> at("programmes/000.csv", c.set("programmes/000.csv", 2, "status", "Active"))));
        v.add(new Variant("placement 'shared'", c -> at("programmes/000.csv", c.set("programmes/000.csv", 2, "placement_model", "shared"))));
        v.add(new Variant("programme_id with capitals", c -> at("programmes/000.csv", c.set("programmes/000.csv", 2, "programme_id", "Trainee_Vest"))));
        v.add(new Variant("basis 'guessed'", c -> at("programme_municipalities/002a.csv", c.set("programme_municipalities/002a.csv", 2, "basis", "guessed"))));
        v.add(new Variant("centrality class 7", c -> at("reference/sentralitet_2024_fallback.csv", c.set("reference/sentralitet_2024_fallback.csv", 2, "sentralitetsklasse_2024", "7"))));
        v.add(new Variant("endring 'merged'", c -> at("reference/kommuner_2020_til_2024.csv", c.set("reference/kommuner_2020_til_2024.csv", 2, "endring", "merged"))));
        v.add(new Variant("survey 'staff_survey'", c -> at(SURVEY, c.set(SURVEY, 2, "survey", "staff_survey"))));
        v.add(new Variant("survey unit 'nok'", c -> at(SURVEY, c.set(SURVEY, 2, "unit", "nok"))));
        v.add(new Variant("municipality code of 3 digits", c -> at("reference/kommuner_2020.csv", c.set("reference/kommuner_2020.csv", 2, "kommunenummer", "301"))));
        v.add(new Variant("county code of 1 digit", c -> at("reference/fylker_2024.csv", c.set("reference/fylker_2024.csv", 2, "fylkesnummer", "3"))));
        v.add(new Variant("BA-region number with letters", c -> at("reference/ba_regioner_2020.csv", c.set("reference/ba_regioner_2020.csv", 2, "ba_nr", "00A"))));
        v.add(new Variant("required quote empty", c -> at(FACTS, c.set(FACTS, 2, "source_quote", ""))));
        v.add(new Variant("required title blank", c -> at("sources.csv", c.set("sources.csv", 2, "title", "   "))));
        v.add(new Variant("a control character in a name", c -> at("programmes/000.csv", c.set("programmes/000.csv", 2, "name", "Trainee\u0000Vest"))));
    }

    private static void references(List<Variant> v) {
        v.add(new Variant("unknown programme in a fact", c -> at(FACTS, c.set(FACTS, 2, "programme_id", "no_such_programme"))));
        v.add(new Variant("unknown source file in a fact", c -> at(FACTS, c.set(FACTS, 2, "source_file", "999_unknown.txt"))));
        v.add(new Variant("unknown municipality in a fact", c -> {
            c.set(FACTS, 2, "programme_id", "");
            c.set(FACTS, 2, "region_type", "municipality");
            return at(FACTS, c.set(FACTS, 2, "region_code", "9999"));
        }));
        v.add(new Variant("unknown county in a programme", c -> at("programmes/000.csv", c.set("programmes/000.csv", 2, "county_number_2024", "99"))));
        v.add(new Variant("unknown programme in coverage", c -> at("programme_municipalities/002a.csv", c.set("programme_municipalities/002a.csv", 2, "programme_id", "nope"))));
        v.add(new Variant("unknown municipality in coverage", c -> at("programme_municipalities/002a.csv", c.set("programme_municipalities/002a.csv", 2, "kommunenummer", "9999"))));
        v.add(new Variant("unknown municipality in commuting", c -> at("reference/pendling_2020.csv", c.set("reference/pendling_2020.csv", 5, "arbeidsstedskommune", "9998"))));
        v.add(new Variant("unknown municipality in population", c -> at("reference/befolkning_2020.csv", c.set("reference/befolkning_2020.csv", 4, "kommunenummer", "9997"))));
        v.add(new Variant("unknown 2024 municipality in centrality", c -> at("reference/sentralitet_2024_fallback.csv", c.set("reference/sentralitet_2024_fallback.csv", 3, "kommunenummer_2024", "9996"))));
        v.add(new Variant("municipality code not starting with its county", c -> at("reference/kommuner_2020.csv", c.set("reference/kommuner_2020.csv", 3, "fylkesnummer", "50"))));
        v.add(new Variant("region type without code", c -> at(FACTS, c.set(FACTS, 2, "region_type", "county_2024"))));
        v.add(new Variant("fact about nothing", c -> at(FACTS, c.set(FACTS, lookNorth(c, "hires"), "programme_id", ""))));
        v.add(new Variant("national fact not NO", c -> {
            c.set(FACTS, 2, "programme_id", "");
            c.set(FACTS, 2, "region_type", "national");
            return at(FACTS, c.set(FACTS, 2, "region_code", "SE"));
        }));
    }

    /** Unique keys and names: the database's constraints would otherwise be the first to notice. */
    private static void namesAndKeys(List<Variant> v) {
        String k = "reference/kommuner_2020.csv";
        v.add(new Variant("a county spelled two ways", c -> at(k, c.set(k, c.line(k, r -> r.get("fylkesnummer").equals("18") && !r.get("kommunenummer").equals("1804")), "fylkesnavn", "Nordlandd"))));
        v.add(new Variant("two counties with one name", c -> {
            for (var r : c.records(k).subList(1, c.records(k).size())) {
                if (r.fields().get(2).equals("15")) {
                    c.set(k, r.line(), "fylkesnavn", "Nordland");
                }
            }
            // reported on the rows of the number fewer rows give the name: Møre og Romsdal's 26 against Nordland's 41
            return at(k, c.line(k, r -> r.get("fylkesnummer").equals("15")));
        }));
        String ba = "reference/ba_regioner_2020.csv";
        v.add(new Variant("a BA-region spelled two ways", c -> {
            List<Integer> lines = c.records(ba).stream().filter(r -> r.fields().get(2).equals("049")).map(r -> r.line()).toList();
            return at(ba, c.set(ba, lines.get(1), "ba_navn", "Stavanger-Sandnes"));
        }));
        v.add(new Variant("two BA-regions with one name", c -> {
            List<Integer> rows048 = c.records(ba).stream().filter(r -> r.fields().get(2).equals("048")).map(r -> r.line()).toList();
            List<Integer> rows050 = c.records(ba).stream().filter(r -> r.fields().get(2).equals("050")).map(r -> r.line()).toList();
            rows048.forEach(line -> c.set(ba, line, "ba_navn", "Haugesund"));
            // reported on the rows of the region fewer rows give the name (on a tie: the one named second)
            List<Integer> fewer = rows048.size() < rows050.size() ? rows048 : rows050.size() < rows048.size() ? rows050
                    : rows048.getFirst() > rows050.getFirst() ? rows048 : rows050;
            return at(ba, fewer.getFirst());
        }));
        v.add(new Variant("two 2024 counties with one name", c -> at("reference/fylker_2024.csv", c.set("reference/fylker_2024.csv", 3, "fylkesnavn", "Oslo"))));
        v.add(new Variant("two programmes with one name", c -> at("programmes/000.csv", c.set("programmes/000.csv", 3, "name", "Trainee Vest"))));
        v.add(new Variant("duplicate fact_id in a file", c -> at(FACTS, c.set(FACTS, 3, "fact_id", "f002a-0001"))));
        v.add(new Variant("duplicate fact_id across files", c -> at("facts/002b.csv", c.set("facts/002b.csv", 2, "fact_id", "f002a-0001"))));
        v.add(new Variant("duplicate municipality", c -> at(k, c.set(k, 3, "kommunenummer", "0301"))));
        v.add(new Variant("duplicate programme", c -> at("programmes/001.csv", c.set("programmes/001.csv", 2, "programme_id", "trainee_vest"))));
        v.add(new Variant("duplicate survey cell id", c -> at(SURVEY, c.set(SURVEY, 3, "fact_id", "s002-0001"))));
        v.add(new Variant("duplicate source", c -> at("sources.csv", c.set("sources.csv", 3, "source_file", "000_bd4ac3ef0e8666f4.txt"))));
        v.add(new Variant("duplicate commuting pair", c -> at("reference/pendling_2020.csv", c.set("reference/pendling_2020.csv", 3, "arbeidsstedskommune", "0301"))));
        v.add(new Variant("the same fact twice under two ids", c -> at(FACTS, c.appendLike(FACTS, lookNorth(c, "hires"), Map.of("fact_id", "fz-twice")))));
    }

    private static void quotes(List<Variant> v) {
        v.add(new Variant("a quote not in the cited document", c -> at(FACTS, c.set(FACTS, lookNorth(c, "hires"), "source_quote", "For året 2020 deltar det 13 traineer"))));
        v.add(new Variant("a quote from another document", c -> at(FACTS, c.set(FACTS, lookNorth(c, "hires"), "source_file", "004_e652373b8a518bd6.txt"))));
        v.add(new Variant("a quote too short", c -> at("programmes/000.csv", c.set("programmes/000.csv", 2, "source_quote", "Vest"))));
        v.add(new Variant("a survey quote made up", c -> at(SURVEY, c.set(SURVEY, 2, "source_quote", "Bachelorgrad 75 18,2"))));
        v.add(new Variant("a coverage quote made up", c -> at("programme_municipalities/002a.csv", c.set("programme_municipalities/002a.csv", 2, "source_quote", "dekker hele Nord-Norge"))));
        v.add(new Variant("a cited document missing from the seeds", c -> {
            c.writeRaw("sources.csv", (c.readRaw("sources.csv") + "999_missing.txt,A missing document,Nobody,2020\n").getBytes(StandardCharsets.UTF_8));
            return at(FACTS, c.set(FACTS, 2, "source_file", "999_missing.txt"));
        }));
    }

    /** The file itself: quoting, line endings, delimiters, encodings, headers. */
    private static void syntax(List<Variant> v) {
        v.add(new Variant("a quoted field never closed", c -> {
            String[] lines = c.readRaw("reference/befolkning_2020.csv").split("\\r?\\n");
            int last = lines.length;
            c.replaceLine("reference/befolkning_2020.csv", last, lines[last - 1].replaceFirst(",", ",\""));
            return at("reference/befolkning_2020.csv", last);
        }));
        v.add(new Variant("a stray quote inside a field", c -> {
            String[] lines = c.readRaw("programmes/000.csv").split("\\r?\\n");
            int line = 1;
            while (!lines[line - 1].contains(",active,")) {
                line++;
            }
            c.replaceLine("programmes/000.csv", line, lines[line - 1].replaceFirst(",active,", ",act\"ive,"));
            return at("programmes/000.csv", line);
        }));
        v.add(new Variant("text after a closing quote", c -> {
            c.replaceLine("reference/fylker_2024.csv", 3, "\"11\"x,Rogaland,23");
            return at("reference/fylker_2024.csv", 3);
        }));
        v.add(new Variant("a lone carriage return", c -> {
            String raw = c.readRaw("reference/fylker_2024.csv");
            int third = raw.indexOf('\n', raw.indexOf('\n', raw.indexOf('\n') + 1) + 1);
            c.writeRaw("reference/fylker_2024.csv", (raw.substring(0, third) + "\r" + raw.substring(third + 1)).getBytes(StandardCharsets.UTF_8));
            return at("reference/fylker_2024.csv", 3);
        }));
        v.add(new Variant("semicolons instead of commas", c -> {
            c.writeRaw("reference/fylker_2024.csv", c.readRaw("reference/fylker_2024.csv").replace(',', ';').getBytes(StandardCharsets.UTF_8));
            return at("reference/fylker_2024.csv", 1);
        }));
        v.add(new Variant("semicolons and quotes (a spreadsheet's export)", c -> {
            c.writeRaw("sources.csv", ("\"source_file\";\"title\";\"publisher\";\"year\"\n\"000_bd4ac3ef0e8666f4.txt\";\"x\";\"y\";\"2025\"\n")
                    .getBytes(StandardCharsets.UTF_8));
            return at("sources.csv", 1);
        }));
        v.add(new Variant("tabs instead of commas", c -> {
            c.writeRaw("reference/fylker_2024.csv", c.readRaw("reference/fylker_2024.csv").replace(',', '\t').getBytes(StandardCharsets.UTF_8));
            return at("reference/fylker_2024.csv", 1);
        }));
        v.add(new Variant("an extra field", c -> {
            c.replaceLine("reference/fylker_2024.csv", 4, c.readRaw("reference/fylker_2024.csv").split("\\r?\\n")[3] + ",extra");
            return at("reference/fylker_2024.csv", 4);
        }));
        v.add(new Variant("a missing field", c -> {
            c.replaceLine("reference/fylker_2024.csv", 5, "18,Nordland");
            return at("reference/fylker_2024.csv", 5);
        }));
        v.add(new Variant("an unquoted comma in a text", c -> {
            String line = c.readRaw("sources.csv").split("\\r?\\n")[1];
            c.replaceLine("sources.csv", 2, line.replace("Et traineeprogram", "Et traineeprogram, altså"));
            return at("sources.csv", 2);
        }));
        v.add(new Variant("a misspelled header column", c -> {
            c.replaceLine("facts/004.csv", 1, header(c).replace("qualifier", "qualifer"));
            return at("facts/004.csv", 1);
        }));
        v.add(new Variant("a header column missing", c -> {
            c.replaceLine("survey/002.csv", 1, c.readRaw(SURVEY).split("\\r?\\n")[0].replace(",note", ""));
            return at("survey/002.csv", 1);
        }));
        v.add(new Variant("header columns swapped", c -> {
            c.replaceLine("reference/fylker_2024.csv", 1, "fylkesnavn,fylkesnummer,antall_kommuner");
            return at("reference/fylker_2024.csv", 1);
        }));
        v.add(new Variant("a header column in upper case", c -> {
            c.replaceLine("reference/kommuner_2020.csv", 1, "Kommunenummer,kommunenavn,fylkesnummer,fylkesnavn");
            return at("reference/kommuner_2020.csv", 1);
        }));
        v.add(new Variant("Latin-1 bytes (not UTF-8)", c -> {
            String text = c.readRaw("reference/fylker_2024.csv");
            c.writeRaw("reference/fylker_2024.csv", text.getBytes(StandardCharsets.ISO_8859_1));
            return at("reference/fylker_2024.csv", lineOfFirstNonAscii(text));
        }));
        v.add(new Variant("one bad byte in the middle", c -> {
            byte[] bytes = c.readRaw("reference/kommuner_2020.csv").getBytes(StandardCharsets.UTF_8);
            int at = nthNewline(bytes, 99) + 3;
            bytes[at] = (byte) 0xC3;
            bytes[at + 1] = (byte) 0x28;
            c.writeRaw("reference/kommuner_2020.csv", bytes);
            return at("reference/kommuner_2020.csv", 100);
        }));
        v.add(new Variant("UTF-16 with a byte order mark", c -> {
            c.writeRaw("reference/fylker_2024.csv", c.readRaw("reference/fylker_2024.csv").getBytes(StandardCharsets.UTF_16));
            return at("reference/fylker_2024.csv", 1);
        }));
        v.add(new Variant("a NUL byte in a field", c -> {
            String line = c.readRaw("reference/fylker_2024.csv").split("\\r?\\n")[2];
            c.replaceLine("reference/fylker_2024.csv", 3, line.replace("Rogaland", "Roga\0land"));
            return at("reference/fylker_2024.csv", 3);
        }));
        v.add(new Variant("sixty bad rows are all reported", c -> {
            for (int line = 2; line <= 61; line++) {
                c.set("reference/befolkning_2020.csv", line, "befolkning_2021_01_01", "x" + line);
            }
            return at("reference/befolkning_2020.csv", 61);
        }));
    }

    /** Whole files: missing, empty, in other case, oddly named. */
    private static void files(List<Variant> v) {
        v.add(new Variant("sources.csv missing (every citation refers to it)", c -> {
            c.delete("sources.csv");
            return at("sources.csv", 0);
        }));
        v.add(new Variant("kommuner_2020.csv missing (every municipality refers to it)", c -> {
            c.delete("reference/kommuner_2020.csv");
            return at("reference/kommuner_2020.csv", 0);
        }));
        v.add(new Variant("programmes/ missing", c -> {
            c.delete("programmes");
            return at("programmes/", 0);
        }));
        v.add(new Variant("survey/ empty", c -> {
            c.delete("survey/002.csv");
            return at("survey/", 0);
        }));
        v.add(new Variant("an empty file", c -> {
            c.writeRaw("reference/fylker_2024.csv", new byte[0]);
            return at("reference/fylker_2024.csv", 0);
        }));
        v.add(new Variant("only a byte order mark", c -> {
            c.writeRaw("reference/fylker_2024.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            return at("reference/fylker_2024.csv", 0);
        }));
        v.add(new Variant("a file named like a glob, with a bad row", c -> {
            c.writeRaw("facts/0*.csv", (header(c) + "\ng-1,trainee_vest,,,hires,,2020,2020,abc,count,programme,,reported,"
                    + "000_bd4ac3ef0e8666f4.txt,s,Trainee Vest ved Bergen Næringsråd,,\n").getBytes(StandardCharsets.UTF_8));
            return at("facts/0*.csv", 2);
        }));
        v.add(new Variant("facts/003.CSV in upper case, with a bad row", c -> {
            c.set("facts/003.csv", 2, "value", "1999d");
            c.rename("facts/003.csv", "facts/003.CSV");
            return at("facts/003.CSV", 2);
        }));
        v.add(new Variant("Reference/ in other case, with a bad row", c -> {
            c.set("reference/fylker_2024.csv", 2, "antall_kommuner", "-1");
            c.rename("reference", "Reference");
            return at("Reference/fylker_2024.csv", 2);
        }));
    }

    // ---- helpers ----

    private static Expect at(String file, int line) {
        return new Expect(file, line);
    }

    /** The line of Look North Trainee's 2020 figure of a metric in facts/002a.csv. */
    private static int lookNorth(SampleDataCopy c, String metric) {
        return c.line(FACTS, r -> r.get("programme_id").equals("look_north_trainee") && r.get("metric").equals(metric)
                && r.get("period_start").equals("2020") && r.get("period_end").equals("2020") && r.get("qualifier").equals("reported"));
    }

    private static String header(SampleDataCopy c) {
        return c.readRaw(FACTS).split("\\r?\\n")[0];
    }

    private static int nthNewline(byte[] bytes, int n) {
        int seen = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && ++seen == n) {
                return i;
            }
        }
        throw new IllegalArgumentException("fewer lines");
    }

    private static int lineOfFirstNonAscii(String text) {
        int line = 1;
        for (char ch : text.toCharArray()) {
            if (ch == '\n') {
                line++;
            } else if (ch > 127) {
                return line;
            }
        }
        throw new IllegalArgumentException("all ASCII");
    }
}
