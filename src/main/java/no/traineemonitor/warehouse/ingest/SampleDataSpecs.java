package no.traineemonitor.warehouse.ingest;

import static no.traineemonitor.warehouse.ingest.CsvSpec.Column.code;
import static no.traineemonitor.warehouse.ingest.CsvSpec.Column.decimal;
import static no.traineemonitor.warehouse.ingest.CsvSpec.Column.integer;
import static no.traineemonitor.warehouse.ingest.CsvSpec.Column.oneOf;
import static no.traineemonitor.warehouse.ingest.CsvSpec.Column.optionalCode;
import static no.traineemonitor.warehouse.ingest.CsvSpec.Column.requiredText;
import static no.traineemonitor.warehouse.ingest.CsvSpec.Column.text;
import static no.traineemonitor.warehouse.ingest.Rules.notAboveColumnWhen;
import static no.traineemonitor.warehouse.ingest.Rules.notAfter;
import static no.traineemonitor.warehouse.ingest.Rules.oneNamePerCode;
import static no.traineemonitor.warehouse.ingest.Rules.optionalRef;
import static no.traineemonitor.warehouse.ingest.Rules.partsNotAbove;
import static no.traineemonitor.warehouse.ingest.Rules.quoted;
import static no.traineemonitor.warehouse.ingest.Rules.rangeWhen;
import static no.traineemonitor.warehouse.ingest.Rules.ref;
import static no.traineemonitor.warehouse.ingest.Rules.startsWith;
import static no.traineemonitor.warehouse.ingest.Rules.uniqueName;
import static no.traineemonitor.warehouse.ingest.Rules.wholeWhen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.traineemonitor.warehouse.ingest.CsvSpec.RowRule;

/**
 * The files of sample-data/ in load order (a file may refer only to files before it), with their rules. Every input
 * rule lives here, so nothing reaches DuckDB that could fail there: forms and ranges per column, references, names,
 * cross-field rules and the verbatim quote.
 */
final class SampleDataSpecs {

    private static final String MUNICIPALITY = "[0-9]{4}";
    private static final String MUNICIPALITY_FORM = "4 digits, e.g. 0301";
    private static final String COUNTY = "[0-9]{2}";
    private static final String COUNTY_FORM = "2 digits, e.g. 18";
    private static final String YEAR = "(19|20)[0-9]{2}";
    private static final String YEAR_FORM = "a year from 1900 to 2099, e.g. 2020";
    private static final String BA = "[0-9]{3}";
    private static final String BA_FORM = "3 digits, e.g. 005";

    /** Facts that describe the same group of people in the same period: cross-field rules compare only these. */
    private static final List<String> SAME_GROUP = List.of("programme_id", "statement_programmes", "region_type",
            "region_code", "period_start", "period_end", "period_kind", "figure_kind", "scope", "category", "horizon");

    private SampleDataSpecs() {
    }

    /** The specs; call once per load (the same-fact check remembers the facts it has seen). */
    static List<CsvSpec> all() {
        return List.of(
                new CsvSpec("sources.csv", "stg_sources",
                        List.of(requiredText("source_file"), requiredText("title"), text("publisher"), optionalCode("year", YEAR, YEAR_FORM)),
                        List.of("source_file"), List.of(), List.of(uniqueName("title", "source_file")),
                        Map.of("source_file", "source_file")),
                new CsvSpec("reference/kommuner_2020.csv", "stg_kommuner_2020",
                        List.of(code("kommunenummer", MUNICIPALITY, MUNICIPALITY_FORM), requiredText("kommunenavn"),
                                code("fylkesnummer", COUNTY, COUNTY_FORM), requiredText("fylkesnavn")),
                        List.of("kommunenummer"),
                        List.of(startsWith("kommunenummer", "fylkesnummer")),
                        List.of(oneNamePerCode("fylkesnummer", "fylkesnavn"), uniqueName("fylkesnavn", "fylkesnummer")),
                        Map.of("municipality", "kommunenummer", "county_2020", "fylkesnummer")),
                new CsvSpec("reference/fylker_2024.csv", "stg_fylker_2024",
                        List.of(code("fylkesnummer", COUNTY, COUNTY_FORM), requiredText("fylkesnavn"),
                                integer("antall_kommuner", true).between(1, 1000)),
                        List.of("fylkesnummer"), List.of(), List.of(uniqueName("fylkesnavn", "fylkesnummer")),
                        Map.of("county_2024", "fylkesnummer")),
                new CsvSpec("reference/kommuner_2020_til_2024.csv", "stg_kommuner_2020_til_2024",
                        List.of(code("kommunenummer_2020", MUNICIPALITY, MUNICIPALITY_FORM), requiredText("kommunenavn_2020"),
                                code("fylkesnummer_2020", COUNTY, COUNTY_FORM), requiredText("fylkesnavn_2020"),
                                code("kommunenummer_2024", MUNICIPALITY, MUNICIPALITY_FORM), requiredText("kommunenavn_2024"),
                                code("fylkesnummer_2024", COUNTY, COUNTY_FORM), requiredText("fylkesnavn_2024"),
                                oneOf("endring", true, "uendret", "nytt_nummer", "delt")),
                        List.of("kommunenummer_2020", "kommunenummer_2024"),
                        List.of(ref("kommunenummer_2020", "municipality"), ref("fylkesnummer_2024", "county_2024")),
                        List.of(oneNamePerCode("fylkesnummer_2024", "fylkesnavn_2024"),
                                uniqueName("fylkesnavn_2024", "fylkesnummer_2024"),
                                oneNamePerCode("kommunenummer_2024", "kommunenavn_2024")),
                        Map.of("municipality_2024", "kommunenummer_2024")),
                new CsvSpec("reference/ba_regioner_2020.csv", "stg_ba_regioner_2020",
                        List.of(code("kommunenummer", MUNICIPALITY, MUNICIPALITY_FORM), requiredText("kommunenavn_ba"),
                                code("ba_nr", BA, BA_FORM), requiredText("ba_navn"), decimal("reisetid_min", false).between(0, 1440),
                                decimal("utpendling_pct", false).between(0, 100), decimal("innpendling_pct", false).between(0, 100),
                                requiredText("inkluderingsgrunnlag")),
                        List.of("kommunenummer"), List.of(ref("kommunenummer", "municipality")),
                        List.of(oneNamePerCode("ba_nr", "ba_navn"), uniqueName("ba_navn", "ba_nr")),
                        Map.of("ba_region", "ba_nr")),
                new CsvSpec("reference/befolkning_2020.csv", "stg_befolkning_2020",
                        List.of(code("kommunenummer", MUNICIPALITY, MUNICIPALITY_FORM), requiredText("kommunenavn"),
                                integer("befolkning_2020_01_01", true), integer("befolkning_2021_01_01", true)),
                        List.of("kommunenummer"), List.of(ref("kommunenummer", "municipality")), List.of(), Map.of()),
                new CsvSpec("reference/sentralitet_2024_fallback.csv", "stg_sentralitet_2024",
                        List.of(code("kommunenummer_2024", MUNICIPALITY, MUNICIPALITY_FORM), requiredText("kommunenavn"),
                                oneOf("sentralitetsklasse_2024", true, "1", "2", "3", "4", "5", "6")),
                        List.of("kommunenummer_2024"), List.of(ref("kommunenummer_2024", "municipality_2024")), List.of(), Map.of()),
                new CsvSpec("reference/pendling_2020.csv", "stg_pendling_2020",
                        List.of(code("bostedskommune", MUNICIPALITY, MUNICIPALITY_FORM),
                                code("arbeidsstedskommune", MUNICIPALITY, MUNICIPALITY_FORM), integer("sysselsatte", true)),
                        List.of("bostedskommune", "arbeidsstedskommune"),
                        List.of(ref("bostedskommune", "municipality"), ref("arbeidsstedskommune", "municipality")), List.of(), Map.of()),
                new CsvSpec("reference/pendling_2020_per_kommune.csv", "stg_pendling_per_kommune",
                        List.of(code("kommunenummer", MUNICIPALITY, MUNICIPALITY_FORM), requiredText("kommunenavn"),
                                code("ba_nr", BA, BA_FORM),
                                integer("befolkning_15_74", true), integer("sysselsatte_bosted", true),
                                integer("jobber_i_bostedskommunen", true), integer("utpendlere_innen_ba_region", true),
                                integer("utpendlere_utenfor_ba_region", true), integer("utpendlere_annet_arbeidssted", true),
                                integer("sysselsatte_arbeidssted", true), integer("innpendlere_fra_ba_region", true),
                                integer("innpendlere_utenfor_ba_region", true)),
                        List.of("kommunenummer"), List.of(ref("kommunenummer", "municipality")), List.of(), Map.of()),
                new CsvSpec("programmes", "stg_programmes",
                        List.of(code("programme_id", "[a-z0-9_]+", "lower-case letters, digits and _, e.g. trainee_salten"),
                                requiredText("name"),
                                oneOf("type", true, "trainee_programme", "competence_pilot", "pre_study"),
                                oneOf("status", true, "active", "paused", "proposed", "closed", "unknown"),
                                optionalCode("county_number_2020", COUNTY, COUNTY_FORM),
                                optionalCode("county_number_2024", COUNTY, COUNTY_FORM),
                                text("host"), optionalCode("founded_year", YEAR, YEAR_FORM),
                                integer("length_months", false).between(1, 120),
                                oneOf("placement_model", false, "one_host", "rotation", "mixed"), text("min_education"),
                                requiredText("source_file"), requiredText("source_section"), requiredText("source_quote"), text("note")),
                        List.of("programme_id"),
                        List.of(optionalRef("county_number_2020", "county_2020"), optionalRef("county_number_2024", "county_2024"),
                                ref("source_file", "source_file"), quoted("source_quote", "source_file")),
                        List.of(uniqueName("name", "programme_id")),
                        Map.of("programme", "programme_id")),
                new CsvSpec("programme_municipalities", "stg_programme_municipalities",
                        List.of(requiredText("programme_id"), code("kommunenummer", MUNICIPALITY, MUNICIPALITY_FORM),
                                oneOf("basis", true, "stated", "resolved_from_region", "host_location"),
                                requiredText("source_file"), requiredText("source_section"), requiredText("source_quote"), text("note")),
                        List.of("programme_id", "kommunenummer", "source_file", "source_section"),
                        List.of(ref("programme_id", "programme"), ref("kommunenummer", "municipality"),
                                ref("source_file", "source_file"), quoted("source_quote", "source_file")),
                        List.of(), Map.of()),
                new CsvSpec("planner_presets", "stg_planner_presets",
                        List.of(code("preset_id", "[a-z0-9-]+", "lower-case letters, digits and -, e.g. sor-osterdal"),
                                oneOf("item", true, "municipalities", "cohort", "length_months", "members", "cost_recruitment",
                                        "cost_owner", "cost_other", "cost_total", "price_per_trainee", "stated_share",
                                        "participant_share", "membership_fee", "hiring_member_fee", "trainee_fee"),
                                text("category"), decimal("value", true),
                                oneOf("unit", true, "count", "months", "nok", "percent", "nok_per_year", "nok_per_tertial"),
                                oneOf("qualifier", true, "reported", "approximate", "budget", "maximum"),
                                oneOf("scales_with_cohort", true, "yes", "no"),
                                requiredText("source_file"), requiredText("source_section"), requiredText("source_quote"),
                                text("note")),
                        List.of("preset_id", "item", "category"),
                        List.of(ref("source_file", "source_file"), quoted("source_quote", "source_file"),
                                SampleDataSpecs::presetMunicipalities,
                                rangeWhen("value", "unit", "percent", 0, 100, "a share from 0 to 100 %"),
                                wholeWhen("value", "unit", "count")),
                        List.of(SampleDataSpecs::presetCostTotal), Map.of()),
                new CsvSpec("facts", "stg_facts",
                        List.of(requiredText("fact_id"), text("programme_id"),
                                oneOf("region_type", false, "county_2020", "county_2024", "municipality", "ba_region", "national"),
                                text("region_code"), code("metric", "[a-z0-9_]+", "lower-case letters, digits and _, e.g. hires"),
                                text("category"),
                                optionalCode("period_start", YEAR, YEAR_FORM), optionalCode("period_end", YEAR, YEAR_FORM),
                                decimal("value", true),
                                oneOf("unit", true, "count", "nok", "percent", "months", "years", "ratio", "index",
                                        "nok_per_year", "nok_per_month", "days", "hours", "minutes"),
                                oneOf("scope", false, "programme", "programme_region", "county", "host_organisation",
                                        "survey_all_programmes", "national"),
                                oneOf("horizon", false, "at_survey", "end_of_programme", "1y_after", "3y_after", "5y_after",
                                        "since_start"),
                                oneOf("qualifier", true, "reported", "approximate", "estimate", "range_low", "range_high",
                                        "budget", "minimum", "maximum"),
                                requiredText("source_file"), requiredText("source_section"), requiredText("source_quote"),
                                text("conflict_note"), text("note"),
                                oneOf("period_kind", true, "year", "multi_year", "point", "open_ended"),
                                oneOf("figure_kind", true, "outcome", "target", "plan", "model"),
                                text("statement_programmes")),
                        List.of("fact_id"),
                        List.of(optionalRef("programme_id", "programme"), ref("source_file", "source_file"),
                                SampleDataSpecs::factSubject, notAfter("period_start", "period_end"),
                                SampleDataSpecs::periodKind, SampleDataSpecs::figureKind,
                                SampleDataSpecs::statementProgrammes,
                                rangeWhen("value", "unit", "percent", 0, 100, "a share from 0 to 100 %"),
                                wholeWhen("value", "unit", "count"),
                                rangeWhen("value", "metric", "founded_year", 1900, 2099, "a year from 1900 to 2099"),
                                quoted("source_quote", "source_file"), sameFactTwice()),
                        List.of(partsNotAbove(List.of("hires"), "applicants", SAME_GROUP, SampleDataSpecs::exactCount),
                                partsNotAbove(List.of("hires"), "positions_advertised", SAME_GROUP, SampleDataSpecs::exactCount),
                                partsNotAbove(List.of("completed", "dropped_out"), "hires", SAME_GROUP, SampleDataSpecs::exactCount)),
                        Map.of()),
                new CsvSpec("survey_tables", "stg_survey_tables",
                        List.of(oneOf("survey", true, "trainee_survey_2021", "firm_survey_2021"), requiredText("table_ref"),
                                integer("position", true).between(1, 1000),
                                oneOf("theme", true, "background", "recruitment", "trainee_period", "staying", "firms"),
                                requiredText("caption"), requiredText("caption_en"), oneOf("answers", true, "one", "several"),
                                text("compare_with"),
                                optionalCode("indicator_ids", "[a-z0-9_]+( [a-z0-9_]+)*", "indicator ids separated by spaces"),
                                text("caveat"), text("caveat_en"), text("comparison_caveat"), text("comparison_caveat_en"),
                                requiredText("source_file"), requiredText("source_section"), requiredText("source_quote")),
                        List.of("source_file", "table_ref"),
                        List.of(ref("source_file", "source_file"), SampleDataSpecs::captionInQuote,
                                quoted("source_quote", "source_file")),
                        List.of(), Map.of("survey_table", "table_ref")),
                new CsvSpec("survey", "stg_survey",
                        List.of(requiredText("fact_id"), oneOf("survey", true, "trainee_survey_2021", "firm_survey_2021"),
                                requiredText("table_ref"), requiredText("question"), requiredText("question_en"),
                                requiredText("answer_category"), requiredText("answer_category_en"),
                                requiredText("respondent_group"), requiredText("respondent_group_en"), decimal("value", true),
                                oneOf("unit", true, "percent", "count"),
                                integer("n", false).between(1, CsvSpec.Column.INTEGER_MAX), requiredText("source_file"),
                                requiredText("source_section"), requiredText("source_quote"), text("note")),
                        List.of("fact_id"),
                        List.of(ref("source_file", "source_file"), ref("table_ref", "survey_table"),
                                rangeWhen("value", "unit", "percent", 0, 100, "a share from 0 to 100 %"),
                                wholeWhen("value", "unit", "count"), notAboveColumnWhen("value", "n", "unit", "count"),
                                quoted("source_quote", "source_file")),
                        List.of(), Map.of()),
                new CsvSpec("vocabulary", "stg_vocabulary",
                        List.of(oneOf("kind", true, "metric", "category", "unit", "education"), requiredText("code"),
                                requiredText("label_nb"), requiredText("label_en"), text("one_nb"), text("one_en")),
                        List.of("kind", "code"), List.of(), List.of(), Map.of()));
    }

    /** A planner preset takes its municipalities from a programme's covered municipalities: category names it. */
    private static Optional<LoadProblem> presetMunicipalities(Row row, CsvSpec.Context context) {
        if (!row.get("item").equals("municipalities") || !context.complete("programme")) {
            return Optional.empty();
        }
        return context.keys("programme").contains(row.get("category")) ? Optional.empty()
                : Optional.of(row.problem("category", "programme '" + row.get("category") + "' is not in "
                        + context.origin("programme") + " (expected the programme whose municipalities the preset covers)"));
    }

    /** A preset's cost_total is the sum of its cost lines, to the krone. */
    private static List<LoadProblem> presetCostTotal(List<Row> rows, CsvSpec.Context context) {
        List<LoadProblem> out = new ArrayList<>();
        Map<String, Double> lines = new HashMap<>();
        for (Row r : rows) {
            if (r.get("item").startsWith("cost_") && !r.get("item").equals("cost_total")) {
                lines.merge(r.get("preset_id"), Double.parseDouble(r.get("value")), Double::sum);
            }
        }
        for (Row r : rows) {
            if (r.get("item").equals("cost_total")) {
                double sum = lines.getOrDefault(r.get("preset_id"), 0.0);
                if (Math.abs(sum - Double.parseDouble(r.get("value"))) > 0.5) {
                    out.add(r.problem("value", "cost_total " + r.get("value") + " is not the sum of the preset's cost lines ("
                            + String.format(java.util.Locale.ROOT, "%.0f", sum) + ")"));
                }
            }
        }
        return out;
    }

    /** Exact counts of what happened: the only facts the cross-field rules compare (a target may exceed an outcome). */
    private static boolean exactCount(Row row) {
        return row.get("unit").equals("count") && row.get("qualifier").equals("reported")
                && row.get("figure_kind").equals("outcome");
    }

    /** A fact is about a programme, a group of programmes (one statement about several), or a region whose code exists. */
    private static Optional<LoadProblem> factSubject(Row row, CsvSpec.Context context) {
        String type = row.get("region_type");
        String code = row.get("region_code");
        if (type.isEmpty() && code.isEmpty()) {
            return row.get("programme_id").isEmpty() && row.get("statement_programmes").isEmpty()
                    ? Optional.of(row.problem("programme_id", "the fact has neither programme_id, statement_programmes"
                            + " nor region_type and region_code (expected what the figure is about)"))
                    : Optional.empty();
        }
        if (type.isEmpty() || code.isEmpty()) {
            return Optional.of(row.problem(type.isEmpty() ? "region_type" : "region_code",
                    "region_type and region_code must be given together (expected both or neither)"));
        }
        String keySet = switch (type) {
            case "county_2020", "county_2024", "municipality", "ba_region" -> type;
            default -> null;
        };
        if (keySet != null && !context.complete(keySet)) {
            return Optional.empty();
        }
        if (keySet == null) {
            return code.equals("NO") ? Optional.empty() : Optional.of(row.problem("region_code", "region_code '" + code
                    + "' does not go with region_type national (expected NO)"));
        }
        return context.keys(keySet).contains(code) ? Optional.empty() : Optional.of(row.problem("region_code",
                "region_code '" + code + "' is not a known " + type.replace('_', ' ') + " (expected a code listed in "
                        + context.origin(keySet) + ")"));
    }

    /** The same number from the same source about the same thing must be recorded once (else pooling counts it twice). */
    private static RowRule sameFactTwice() {
        Map<FactIdentity, Row> seen = new HashMap<>();
        return (row, context) -> {
            Row earlier = seen.putIfAbsent(new FactIdentity(row), row);
            return earlier == null ? Optional.empty()
                    : Optional.of(row.problem("fact_id", "fact " + row.get("fact_id") + " repeats fact "
                            + earlier.get("fact_id") + " on " + earlier.where() + ": the same subject, metric, period,"
                            + " value and quote (expected each figure once)"));
        };
    }

    /**
     * What makes two fact rows the same figure: subject, metric, period, unit, scope, qualifier, source, the value as a
     * number and the quote with whitespace collapsed. Hashed once per row; compared field by field only when two hashes
     * meet (a list of these fields per row for a million facts was most of the check's time and memory).
     */
    private static final class FactIdentity {

        private static final List<String> COLUMNS = List.of("programme_id", "statement_programmes", "region_type",
                "region_code", "metric", "category", "period_start", "period_end", "unit", "scope", "horizon", "qualifier",
                "source_file");
        private final Row row;
        private final int hash;

        FactIdentity(Row row) {
            this.row = row;
            int h = 1;
            for (String column : COLUMNS) {
                h = 31 * h + row.get(column).hashCode();
            }
            h = 31 * h + Double.valueOf(row.get("value")).hashCode();
            this.hash = 31 * h + SourceDocuments.normalise(row.get("source_quote")).hashCode();
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof FactIdentity other) || other.hash != hash) {
                return false;
            }
            for (String column : COLUMNS) {
                if (!row.get(column).equals(other.row.get(column))) {
                    return false;
                }
            }
            return Double.valueOf(row.get("value")).equals(Double.valueOf(other.row.get("value")))
                    && SourceDocuments.normalise(row.get("source_quote"))
                            .equals(SourceDocuments.normalise(other.row.get("source_quote")));
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * The period fits its kind: one year has start = end (or neither, "per year"); several years have start &lt; end;
     * a point in time has start = end (or neither); an open-ended span lacks an end.
     */
    private static Optional<LoadProblem> periodKind(Row row, CsvSpec.Context context) {
        String start = row.get("period_start");
        String end = row.get("period_end");
        String kind = row.get("period_kind");
        boolean fits = switch (kind) {
            case "year", "point" -> start.equals(end);
            case "multi_year" -> !start.isEmpty() && !end.isEmpty() && start.compareTo(end) < 0;
            case "open_ended" -> start.isEmpty() || end.isEmpty();
            default -> true; // an unknown kind is reported by the column rule
        };
        if (fits) {
            return Optional.empty();
        }
        String expected = switch (kind) {
            case "year", "point" -> "period_start equal to period_end, or both empty";
            case "multi_year" -> "both period_start and period_end, start before end";
            default -> "period_start or period_end (or both) empty: the span is not closed";
        };
        return Optional.of(row.problem("period_kind", "period_kind " + kind + " does not fit the period "
                + (start.isEmpty() ? "?" : start) + "–" + (end.isEmpty() ? "?" : end) + " (expected " + expected + ")"));
    }

    /** A budgeted figure is a plan, target or model, never an outcome. */
    private static Optional<LoadProblem> figureKind(Row row, CsvSpec.Context context) {
        return row.get("qualifier").equals("budget") && row.get("figure_kind").equals("outcome")
                ? Optional.of(row.problem("figure_kind", "qualifier budget with figure_kind outcome (expected target, plan or model)"))
                : Optional.empty();
    }

    /** A statement about several programmes: at least two known ids, sorted, and then no programme_id or region. */
    private static Optional<LoadProblem> statementProgrammes(Row row, CsvSpec.Context context) {
        String group = row.get("statement_programmes");
        if (group.isEmpty()) {
            return Optional.empty();
        }
        if (!row.get("programme_id").isEmpty() || !row.get("region_type").isEmpty()) {
            return Optional.of(row.problem("statement_programmes", "statement_programmes is set together with a programme"
                    + " or region (expected programme_id, region_type and region_code empty: a statement about several"
                    + " programmes is one figure for the group)"));
        }
        List<String> ids = List.of(group.strip().split("\\s+"));
        if (context.complete("programme")) {
            for (String id : ids) {
                if (!context.keys("programme").contains(id)) {
                    return Optional.of(row.problem("statement_programmes", "statement_programmes names an unknown programme '"
                            + id + "' (expected ids listed in " + context.origin("programme") + ")"));
                }
            }
        }
        if (ids.size() < 2 || ids.stream().distinct().count() != ids.size()) {
            return Optional.of(row.problem("statement_programmes", "statement_programmes '" + group
                    + "' does not name several programmes (expected two or more different programme ids)"));
        }
        if (!ids.equals(ids.stream().sorted().toList())) {
            return Optional.of(row.problem("statement_programmes", "statement_programmes '" + group + "' is not sorted"
                    + " (expected '" + String.join(" ", ids.stream().sorted().toList()) + "')"));
        }
        return Optional.empty();
    }

    /** A survey table's caption is its title as printed, so the quoted caption line must contain it. */
    private static Optional<LoadProblem> captionInQuote(Row row, CsvSpec.Context context) {
        String quote = SourceDocuments.normalise(row.get("source_quote"));
        String caption = SourceDocuments.normalise(row.get("caption"));
        return quote.contains(caption) ? Optional.empty() : Optional.of(row.problem("caption", "caption '"
                + row.get("caption") + "' is not part of source_quote (expected the table's title as printed)"));
    }
}
