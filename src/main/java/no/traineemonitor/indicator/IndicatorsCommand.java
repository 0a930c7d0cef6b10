package no.traineemonitor.indicator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.traineemonitor.base.CommandLineOptions;
import no.traineemonitor.base.CsvWriter;
import no.traineemonitor.cli.CliCommand;
import no.traineemonitor.cli.UserFacingException;
import org.springframework.stereotype.Component;

/**
 * {@code indicators --out=FILE.csv [--county=NN] [--county2020=NN] [--ba=NNN] [--centrality=N] [--type=T]
 * [--programme=ID] [--indicator=ID] [--from=YYYY] [--to=YYYY] [--pooled=county|county_2020|ba_region|centrality_class|all]}:
 * writes the result table as CSV (UTF-8, header row). Shares are fractions (0.75), not percent.
 */
@Component
class IndicatorsCommand implements CliCommand {

    static final List<String> OPTIONS = List.of("out", "county", "county2020", "ba", "centrality", "type", "programme",
            "indicator", "from", "to", "pooled");
    static final List<String> COLUMNS = List.of("indicator_id", "variant", "subject_type", "subject_id", "subject_name",
            "period_start", "period_end", "period_kind", "figure_kind", "statement_programmes", "value", "numerator",
            "denominator", "n", "ci_low", "ci_high", "qualifier", "qualifier_class", "suppressed", "suppression_reason",
            "comparability_key", "scope", "horizon", "basis", "conflicting", "peers", "programmes",
            "programmes_left_out", "fact_ids");

    private final IndicatorService indicatorService;

    IndicatorsCommand(IndicatorService indicatorService) {
        this.indicatorService = indicatorService;
    }

    @Override
    public String name() {
        return "indicators";
    }

    @Override
    public String summary() {
        return "write indicator results as CSV: --out=FILE.csv [--county=NN --programme=ID --indicator=ID --from=YYYY --to=YYYY --pooled=county ...]";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws IOException {
        CommandLineOptions options = CommandLineOptions.parse(args, OPTIONS);
        Path file = Path.of(options.required("out"));
        IndicatorFilter filter = new IndicatorFilter(options.get("county"), options.get("county2020"), options.get("ba"),
                options.integer("centrality") == null ? null : List.of(options.integer("centrality")), options.get("type"), options.get("programme"), options.get("indicator"),
                options.integer("from"), options.integer("to"));
        List<IndicatorResult> results = new ArrayList<>(indicatorService.results(filter));
        String pooled = options.get("pooled");
        if (pooled != null) {
            results.addAll(indicatorService.pooled(pooled, null, filter));
        }
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CsvWriter csv = new CsvWriter(w);
            csv.row(COLUMNS);
            for (IndicatorResult r : results) {
                csv.row(row(r));
            }
        }
        out.printf("Wrote %d indicator results to %s%n", results.size(), file.toAbsolutePath());
        summary(results, out);
        return 0;
    }

    static List<String> row(IndicatorResult r) {
        return List.of(r.indicatorId(), r.variant(), r.subjectType(), r.subjectId(), r.subjectName(), str(r.periodStart()),
                str(r.periodEnd()), r.periodKind(), r.figureKind(), String.join(" ", r.statementProgrammes()),
                num(r.value()), num(r.numerator()), num(r.denominator()), num(r.n()), num(r.ciLow()), num(r.ciHigh()),
                r.qualifier(), r.qualifierClass(), String.valueOf(r.suppressed()), str(r.suppressionReason()),
                r.comparabilityKey(), str(r.scope()), str(r.horizon()), r.basis(), String.valueOf(r.conflicting()),
                r.peers() == null ? "" : String.valueOf(r.peers()), String.join(" ", r.programmes()),
                String.join(" ", r.programmesLeftOut()), String.join(" ", r.factIds()));
    }

    /** Per indicator: how many programmes have a value. */
    private void summary(List<IndicatorResult> results, PrintStream out) {
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

    /** Thrown for a bad option: the message names it. */
    static UserFacingException badOption(String message) {
        return new UserFacingException(message);
    }
}
