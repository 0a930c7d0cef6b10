package no.traineemonitor.report;

import java.nio.file.Path;
import java.util.Locale;
import no.traineemonitor.cli.CliCommand;
import no.traineemonitor.cli.CommandSpec;
import no.traineemonitor.cli.CommandSpec.Option;
import no.traineemonitor.cli.Invocation;
import no.traineemonitor.cli.Options;
import no.traineemonitor.cli.OutputFiles;
import no.traineemonitor.reference.County;
import no.traineemonitor.reference.CountyDivision;

/** {@code report county --county=NN --out=FILE.xlsx [--division=2024|2020] [--lang=nb|en]}: one county's workbook. */
public final class CountyReportCommand implements CliCommand {

    static final CommandSpec SPEC = new CommandSpec("report county",
            "county workbook: --county=NN --out=FILE.xlsx [--division=2024|2020] [--lang=nb|en]",
            """
            Writes the county workbook: key figures, every indicator value of the county and its programmes, the \
            benchmark, funnel plots, coverage, funding, definitions and the source of every number.""",
            CommandSpec.Access.READS,
            Option.of("county", "NN", "the county's number, e.g. 18 (Nordland)").required(),
            Option.of("out", "FILE.xlsx", "the workbook to write; its folder must exist").required(),
            ReportFiles.DIVISION, ReportFiles.LANG);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation) {
        Options options = invocation.options();
        CountyDivision division = ReportFiles.division(options);
        Path file = ReportFiles.xlsx(options.required("out"));
        Locale locale = ReportFiles.locale(options);
        ReportService reports = invocation.bean(ReportService.class);
        County county = reports.county(options.required("county"), division);
        OutputFiles.Written written = OutputFiles.write(file,
                o -> reports.writeCountyReport(county.number(), division, locale, o));
        invocation.out().println("Wrote the county report for " + county.label() + " to " + written.describe());
        return 0;
    }
}
