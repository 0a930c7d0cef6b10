package no.traineemonitor.warehouse.ingest;

import static no.traineemonitor.warehouse.ingest.CsvSpec.Column.code;
import static no.traineemonitor.warehouse.ingest.CsvSpec.Column.decimal;
import static no.traineemonitor.warehouse.ingest.CsvSpec.Column.integer;
import static no.traineemonitor.warehouse.ingest.CsvSpec.Column.oneOf;
import static no.traineemonitor.warehouse.ingest.CsvSpec.Column.optionalCode;
import static no.traineemonitor.warehouse.ingest.CsvSpec.Column.requiredText;
import static no.traineemonitor.warehouse.ingest.CsvSpec.Column.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.traineemonitor.warehouse.ingest.CsvSpec.RowCheck;

/** The files of sample-data/ in load order (a file may refer only to files before it), with their rules. */
final class SampleDataSpecs {

    private static final String MUNICIPALITY = "\\d{4}";
    private static final String COUNTY = "\\d{2}";
    private static final String YEAR = "(19|20)\\d\\d";

    private SampleDataSpecs() {
    }

    /** The specs; call once per load (the same-fact check remembers the facts it has seen). */
    static List<CsvSpec> all() {
        return List.of(
                new CsvSpec("sources.csv", "stg_sources",
                        List.of(requiredText("source_file"), requiredText("title"), text("publisher"), optionalCode("year", YEAR)),
                        List.of("source_file"), List.of(), Map.of("source_file", "source_file")),
                new CsvSpec("reference/kommuner_2020.csv", "stg_kommuner_2020",
                        List.of(code("kommunenummer", MUNICIPALITY), requiredText("kommunenavn"), code("fylkesnummer", COUNTY),
                                requiredText("fylkesnavn")),
                        List.of("kommunenummer"),
                        List.of((row, keys) -> row.get("kommunenummer").startsWith(row.get("fylkesnummer"))
                                ? Optional.empty()
                                : Optional.of("kommunenummer " + row.get("kommunenummer") + " does not start with fylkesnummer " + row.get("fylkesnummer"))),
                        Map.of("municipality", "kommunenummer", "county_2020", "fylkesnummer")),
                new CsvSpec("reference/fylker_2024.csv", "stg_fylker_2024",
                        List.of(code("fylkesnummer", COUNTY), requiredText("fylkesnavn"), integer("antall_kommuner", true)),
                        List.of("fylkesnummer"), List.of(), Map.of("county_2024", "fylkesnummer")),
                new CsvSpec("reference/kommuner_2020_til_2024.csv", "stg_kommuner_2020_til_2024",
                        List.of(code("kommunenummer_2020", MUNICIPALITY), requiredText("kommunenavn_2020"), code("fylkesnummer_2020", COUNTY),
                                requiredText("fylkesnavn_2020"), code("kommunenummer_2024", MUNICIPALITY), requiredText("kommunenavn_2024"),
                                code("fylkesnummer_2024", COUNTY), requiredText("fylkesnavn_2024"),
                                oneOf("endring", true, "uendret", "nytt_nummer", "delt")),
                        List.of("kommunenummer_2020", "kommunenummer_2024"),
                        List.of(ref("kommunenummer_2020", "municipality"), ref("fylkesnummer_2024", "county_2024")),
                        Map.of("municipality_2024", "kommunenummer_2024")),
                new CsvSpec("reference/ba_regioner_2020.csv", "stg_ba_regioner_2020",
                        List.of(code("kommunenummer", MUNICIPALITY), requiredText("kommunenavn_ba"), code("ba_nr", "\\d{3}"),
                                requiredText("ba_navn"), decimal("reisetid_min", false), decimal("utpendling_pct", false),
                                decimal("innpendling_pct", false), requiredText("inkluderingsgrunnlag")),
                        List.of("kommunenummer"), List.of(ref("kommunenummer", "municipality")), Map.of("ba_region", "ba_nr")),
                new CsvSpec("reference/befolkning_2020.csv", "stg_befolkning_2020",
                        List.of(code("kommunenummer", MUNICIPALITY), requiredText("kommunenavn"), integer("befolkning_2020_01_01", true),
                                integer("befolkning_2021_01_01", true)),
                        List.of("kommunenummer"), List.of(ref("kommunenummer", "municipality")), Map.of()),
                new CsvSpec("reference/sentralitet_2024_fallback.csv", "stg_sentralitet_2024",
                        List.of(code("kommunenummer_2024", MUNICIPALITY), requiredText("kommunenavn"),
                                oneOf("sentralitetsklasse_2024", true, "1", "2", "3", "4", "5", "6")),
                        List.of("kommunenummer_2024"), List.of(ref("kommunenummer_2024", "municipality_2024")), Map.of()),
                new CsvSpec("reference/pendling_2020.csv", "stg_pendling_2020",
                        List.of(code("bostedskommune", MUNICIPALITY), code("arbeidsstedskommune", MUNICIPALITY), integer("sysselsatte", true)),
                        List.of("bostedskommune", "arbeidsstedskommune"),
                        List.of(ref("bostedskommune", "municipality"), ref("arbeidsstedskommune", "municipality")), Map.of()),
                new CsvSpec("reference/pendling_2020_per_kommune.csv", "stg_pendling_per_kommune",
                        List.of(code("kommunenummer", MUNICIPALITY), requiredText("kommunenavn"), code("ba_nr", "\\d{3}"),
                                integer("befolkning_15_74", true), integer("sysselsatte_bosted", true),
                                integer("jobber_i_bostedskommunen", true), integer("utpendlere_innen_ba_region", true),
                                integer("utpendlere_utenfor_ba_region", true), integer("utpendlere_annet_arbeidssted", true),
                                integer("sysselsatte_arbeidssted", true), integer("innpendlere_fra_ba_region", true),
                                integer("innpendlere_utenfor_ba_region", true)),
                        List.of("kommunenummer"), List.of(ref("kommunenummer", "municipality")), Map.of()),
                new CsvSpec("programmes", "stg_programmes",
                        List.of(code("programme_id", "[a-z0-9_]+"), requiredText("name"),
                                oneOf("type", true, "trainee_programme", "competence_pilot", "pre_study"),
                                oneOf("status", true, "active", "paused", "proposed", "closed", "unknown"),
                                optionalCode("county_number_2020", COUNTY), optionalCode("county_number_2024", COUNTY),
                                text("host"), optionalCode("founded_year", YEAR), integer("length_months", false),
                                oneOf("placement_model", false, "one_host", "rotation", "mixed"), text("min_education"),
                                requiredText("source_file"), requiredText("source_section"), requiredText("source_quote"), text("note")),
                        List.of("programme_id"),
                        List.of(optionalRef("county_number_2020", "county_2020"), optionalRef("county_number_2024", "county_2024"),
                                ref("source_file", "source_file")),
                        Map.of("programme", "programme_id")),
                new CsvSpec("programme_municipalities", "stg_programme_municipalities",
                        List.of(requiredText("programme_id"), code("kommunenummer", MUNICIPALITY),
                                oneOf("basis", true, "stated", "resolved_from_region", "host_location"),
                                requiredText("source_file"), requiredText("source_section"), requiredText("source_quote"), text("note")),
                        List.of("programme_id", "kommunenummer", "source_file", "source_section"),
                        List.of(ref("programme_id", "programme"), ref("kommunenummer", "municipality"), ref("source_file", "source_file")),
                        Map.of()),
                new CsvSpec("facts", "stg_facts",
                        List.of(requiredText("fact_id"), text("programme_id"),
                                oneOf("region_type", false, "county_2020", "county_2024", "municipality", "ba_region", "national"),
                                text("region_code"), code("metric", "[a-z0-9_]+"), text("category"),
                                optionalCode("period_start", YEAR), optionalCode("period_end", YEAR), decimal("value", true),
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
                                SampleDataSpecs::factSubject, SampleDataSpecs::periodOrder, SampleDataSpecs::periodKind,
                                SampleDataSpecs::figureKind, SampleDataSpecs::statementProgrammes, sameFactTwice()),
                        Map.of()),
                new CsvSpec("survey", "stg_survey",
                        List.of(requiredText("fact_id"), oneOf("survey", true, "trainee_survey_2021", "firm_survey_2021"),
                                requiredText("table_ref"), requiredText("question"), requiredText("answer_category"),
                                requiredText("respondent_group"), decimal("value", true), oneOf("unit", true, "percent", "count"),
                                integer("n", false), requiredText("source_file"), requiredText("source_section"),
                                requiredText("source_quote"), text("note")),
                        List.of("fact_id"), List.of(ref("source_file", "source_file")), Map.of()),
                new CsvSpec("vocabulary", "stg_vocabulary",
                        List.of(oneOf("kind", true, "metric", "category", "unit", "education"), requiredText("code"),
                                requiredText("label_nb"), requiredText("label_en"), text("one_nb"), text("one_en")),
                        List.of("kind", "code"), List.of(), Map.of()));
    }

    private static RowCheck ref(String column, String keySet) {
        return (row, keys) -> keys.of(keySet).contains(row.get(column))
                ? Optional.empty()
                : Optional.of(column + " '" + row.get(column) + "' is unknown (no such " + keySet.replace('_', ' ') + ")");
    }

    private static RowCheck optionalRef(String column, String keySet) {
        RowCheck required = ref(column, keySet);
        return (row, keys) -> row.get(column).isBlank() ? Optional.empty() : required.apply(row, keys);
    }

    /** A fact is about a programme, a group of programmes (one statement about several), or a region whose code exists. */
    private static Optional<String> factSubject(java.util.Map<String, String> row, CsvSpec.KeySets keys) {
        String type = row.get("region_type");
        String code = row.get("region_code");
        if (type.isBlank() && code.isBlank()) {
            return row.get("programme_id").isBlank() && row.get("statement_programmes").isBlank()
                    ? Optional.of("fact has neither programme_id, statement_programmes nor region_type/region_code")
                    : Optional.empty();
        }
        if (type.isBlank() || code.isBlank()) {
            return Optional.of("region_type and region_code must be given together");
        }
        boolean known = switch (type) {
            case "county_2020" -> keys.of("county_2020").contains(code);
            case "county_2024" -> keys.of("county_2024").contains(code);
            case "municipality" -> keys.of("municipality").contains(code);
            case "ba_region" -> keys.of("ba_region").contains(code);
            case "national" -> code.equals("NO");
            default -> false;
        };
        return known ? Optional.empty() : Optional.of("region_code '" + code + "' is not a known " + type);
    }

    /** The same number from the same source about the same thing must be recorded once (else pooling counts it twice). */
    private static RowCheck sameFactTwice() {
        Map<List<String>, String> seen = new java.util.HashMap<>();
        return (row, keys) -> {
            List<String> identity = java.util.stream.Stream.of("programme_id", "statement_programmes", "region_type", "region_code", "metric", "category",
                    "period_start", "period_end", "unit", "scope", "horizon", "qualifier", "source_file")
                    .map(row::get).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
            identity.add(String.valueOf(Double.parseDouble(row.get("value"))));
            identity.add(row.get("source_quote").replaceAll("\\s+", " ").strip());
            String earlier = seen.putIfAbsent(identity, row.get("fact_id"));
            return earlier == null ? Optional.empty()
                    : Optional.of("fact " + row.get("fact_id") + " repeats fact " + earlier + " (same subject, metric, period, value and quote)");
        };
    }

    /**
     * The period fits its kind: one year has start = end (or neither, "per year"); several years have start &lt; end;
     * a point in time has start = end (or neither); an open-ended span lacks an end.
     */
    private static Optional<String> periodKind(java.util.Map<String, String> row, CsvSpec.KeySets keys) {
        String start = row.get("period_start");
        String end = row.get("period_end");
        String kind = row.get("period_kind");
        boolean fits = switch (kind) {
            case "year", "point" -> start.equals(end);
            case "multi_year" -> !start.isBlank() && !end.isBlank() && start.compareTo(end) < 0;
            case "open_ended" -> start.isBlank() || end.isBlank();
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
        return Optional.of("period_kind " + kind + " does not fit the period " + (start.isBlank() ? "?" : start) + "–"
                + (end.isBlank() ? "?" : end) + " (expected " + expected + ")");
    }

    /** A budgeted figure is a plan, target or model, never an outcome. */
    private static Optional<String> figureKind(java.util.Map<String, String> row, CsvSpec.KeySets keys) {
        return row.get("qualifier").equals("budget") && row.get("figure_kind").equals("outcome")
                ? Optional.of("qualifier budget with figure_kind outcome (expected target, plan or model)")
                : Optional.empty();
    }

    /** A statement about several programmes: at least two known ids, sorted, and then no programme_id or region. */
    private static Optional<String> statementProgrammes(java.util.Map<String, String> row, CsvSpec.KeySets keys) {
        String group = row.get("statement_programmes");
        if (group.isBlank()) {
            return Optional.empty();
        }
        if (!row.get("programme_id").isBlank() || !row.get("region_type").isBlank()) {
            return Optional.of("statement_programmes is set, so programme_id, region_type and region_code must be empty"
                    + " (a statement about several programmes is one figure for the group)");
        }
        List<String> ids = List.of(group.strip().split("\\s+"));
        for (String id : ids) {
            if (!keys.of("programme").contains(id)) {
                return Optional.of("statement_programmes names an unknown programme '" + id + "'");
            }
        }
        if (ids.size() < 2 || ids.stream().distinct().count() != ids.size()) {
            return Optional.of("statement_programmes '" + group + "' must name two or more different programmes");
        }
        if (!ids.equals(ids.stream().sorted().toList())) {
            return Optional.of("statement_programmes '" + group + "' must be sorted (expected '"
                    + String.join(" ", ids.stream().sorted().toList()) + "')");
        }
        return Optional.empty();
    }

    private static Optional<String> periodOrder(java.util.Map<String, String> row, CsvSpec.KeySets keys) {
        String start = row.get("period_start");
        String end = row.get("period_end");
        if (!start.isBlank() && !end.isBlank() && start.compareTo(end) > 0) {
            return Optional.of("period_start " + start + " is after period_end " + end);
        }
        return Optional.empty();
    }
}
