package no.traineemonitor.indicator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.traineemonitor.base.CsvFormat;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.base.ui.Translations;
import no.traineemonitor.cli.CliCommand;
import no.traineemonitor.cli.CommandSpec;
import no.traineemonitor.cli.CommandSpec.Option;
import no.traineemonitor.cli.Invocation;
import no.traineemonitor.cli.Options;
import no.traineemonitor.cli.OutputFiles;

/**
 * {@code indicators --out=FILE.csv [--county=NN] [--county2020=NN] [--ba=NNN] [--centrality=N] [--type=T]
 * [--programme=ID] [--indicator=ID] [--from=YYYY] [--to=YYYY] [--pooled=county|county_2020|ba_region|centrality_class|all]}:
 * [--csv=rfc4180|excel-nb] [--lang=nb|en]: writes the result table as CSV (plain RFC 4180, or excel-nb for a Norwegian
 * spreadsheet, see {@link CsvFormat}). Shares are fractions (0.75), not percent.
 */
public final class IndicatorsCommand implements CliCommand {

    /** The CSV's format, shared with the extract: plain RFC 4180 (the default, for programs) or excel-nb. */
    public static final Option CSV = Option.choice("csv", "CSV format: rfc4180 (plain: comma, decimal point; the default)"
            + " or excel-nb (for a Norwegian spreadsheet: byte-order mark, semicolon, decimal comma)", "rfc4180", "excel-nb");
    static final CommandSpec SPEC = new CommandSpec("indicators",
            "write indicator results as CSV: --out=FILE.csv [--county=NN --programme=ID --indicator=ID --from=YYYY ...]",
            """
            Writes every indicator result of the selection as CSV (UTF-8, comma, decimal point, header row of the \
            warehouse's column names; --csv=excel-nb: UTF-8 with byte-order mark, semicolon, decimal comma, columns \
            named in the --lang language, for a Norwegian spreadsheet); shares are fractions (0.75), not percent. With \
            --pooled, the values pooled per region are added.""",
            CommandSpec.Access.READS,
            Option.of("out", "FILE.csv", "the CSV file to write; its folder must exist").required(),
            Option.of("county", "NN", "programmes of this county (2024 division), e.g. 18"),
            Option.of("county2020", "NN", "programmes of this county of the 2020 division"),
            Option.of("ba", "NNN", "programmes covering a municipality in this labour-market region (BA-region)"),
            Option.of("centrality", "N", "programmes whose covered inhabitants mostly live in centrality class N (1-6)")
                    .wholeNumber(),
            Option.of("type", "TYPE", "trainee_programme, competence_pilot or pre_study"),
            Option.of("programme", "ID", "one programme, e.g. trainee_salten"),
            Option.of("indicator", "ID", "one indicator, e.g. completion_rate"),
            Option.of("from", "YYYY", "first year: values whose period overlaps --from..--to are kept").wholeNumber(),
            Option.of("to", "YYYY", "last year").wholeNumber(),
            Option.choice("pooled", "add values pooled per region of this kind",
                    IndicatorService.REGION_TYPES.toArray(String[]::new)),
            CSV,
            Option.choice("lang", "language of the column names with --csv=excel-nb: bokmål (the default) or English",
                    "nb", "en"));
    public static final List<String> COLUMNS = List.of("indicator_id", "variant", "subject_type", "subject_id", "subject_name",
            "period_start", "period_end", "period_kind", "figure_kind", "statement_programmes", "value", "numerator",
            "denominator", "n", "ci_low", "ci_high", "qualifier", "qualifier_class", "suppressed", "suppression_reason",
            "comparability_key", "scope", "horizon", "basis", "conflicting", "peers", "programmes",
            "programmes_left_out", "fact_ids");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation) {
        Options options = invocation.options();
        Path file = OutputFiles.checkTarget(options.required("out"));
        IndicatorFilter filter = new IndicatorFilter(options.get("county"), options.get("county2020"), options.get("ba"),
                options.integer("centrality") == null ? null : List.of(options.integer("centrality")), options.get("type"), options.get("programme"), options.get("indicator"),
                options.integer("from"), options.integer("to"));
        IndicatorService indicatorService = invocation.bean(IndicatorService.class);
        List<IndicatorResult> results = new ArrayList<>(indicatorService.results(filter));
        String pooled = options.get("pooled");
        if (pooled != null) {
            results.addAll(indicatorService.pooled(pooled, null, filter));
        }
        CsvFormat format = csv(options);
        Locale language = "en".equals(options.get("lang")) ? LanguageSwitch.ENGLISH : LanguageSwitch.BOKMAL;
        Translations translations = format.labelledHeader() ? invocation.bean(Translations.class) : null;
        OutputFiles.Written written = OutputFiles.write(file, out -> IndicatorCsv.write(results, format,
                key -> translations == null ? key : translations.getTranslation(key, language), out));
        invocation.out().printf("Wrote %d indicator results to %s%n", results.size(), written.file());
        summary(indicatorService, results, invocation.out());
        return 0;
    }

    /** {@code --csv=rfc4180} (default) or {@code --csv=excel-nb}. */
    public static CsvFormat csv(Options options) {
        String value = options.get(CSV.name());
        return value == null ? CsvFormat.RFC4180 : CsvFormat.ofOption(value);
    }

    public static List<String> row(IndicatorResult r) {
        return List.of(r.indicatorId(), r.variant(), r.subjectType(), r.subjectId(), r.subjectName(), str(r.periodStart()),
                str(r.periodEnd()), r.periodKind(), r.figureKind(), String.join(" ", r.statementProgrammes()),
                num(r.value()), num(r.numerator()), num(r.denominator()), num(r.n()), num(r.ciLow()), num(r.ciHigh()),
                r.qualifier(), r.qualifierClass(), String.valueOf(r.suppressed()), str(r.suppressionReason()),
                r.comparabilityKey(), str(r.scope()), str(r.horizon()), r.basis(), String.valueOf(r.conflicting()),
                r.peers() == null ? "" : String.valueOf(r.peers()), String.join(" ", r.programmes()),
                String.join(" ", r.programmesLeftOut()), String.join(" ", r.factIds()));
    }

    /** Per indicator: how many programmes have a value. */
    private static void summary(IndicatorService indicatorService, List<IndicatorResult> results, PrintStream out) {
        Map<String, Long> perIndicator = new java.util.LinkedHashMap<>();
        for (IndicatorDefinition d : indicatorService.catalogue()) {
            perIndicator.put(d.indicatorId(), results.stream()
                    .filter(r -> r.indicatorId().equals(d.indicatorId()) && r.subjectType().equals("programme") && r.hasValue())
                    .map(IndicatorResult::subjectId).distinct().count());
        }
        perIndicator.forEach((id, count) -> out.printf(Locale.ROOT, "  %-26s %2d programme(s) with a value%n", id, count));
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String num(Double d) {
        if (d == null) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf(d.longValue());
        }
        return String.format(Locale.ROOT, "%.6f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
