package no.traineemonitor.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.cli.CliCommand;
import no.traineemonitor.cli.CommandSpec;
import no.traineemonitor.cli.CommandSpec.Option;
import no.traineemonitor.cli.Invocation;
import no.traineemonitor.cli.Options;
import no.traineemonitor.cli.OutputFiles;
import no.traineemonitor.reference.County;
import no.traineemonitor.reference.CountyDivision;

/** {@code report all-counties --out-dir=DIR [--division=2024|2020] [--lang=nb|en]}: one workbook per county. */
public final class AllCountiesCommand implements CliCommand {

    static final CommandSpec SPEC = new CommandSpec("report all-counties",
            "a county workbook for every county: --out-dir=DIR [--division=2024|2020] [--lang=nb|en]",
            """
            Writes the county workbook of every county into one folder, all or none: the workbooks are moved into \
            place only when every one of them is written.""",
            CommandSpec.Access.READS,
            Option.of("out-dir", "DIR", "the folder to write to; created if missing (its parent must exist)").required(),
            ReportFiles.DIVISION, ReportFiles.LANG);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation) {
        Options options = invocation.options();
        CountyDivision division = ReportFiles.division(options);
        Path dir = OutputFiles.checkFolder(options.required("out-dir"));
        Locale locale = ReportFiles.locale(options);
        ReportService reports = invocation.bean(ReportService.class);
        long start = System.nanoTime();
        List<County> counties = reports.counties(division);
        try (OutputFiles files = new OutputFiles()) {
            files.createFolder(dir);
            for (County county : counties) {
                OutputFiles.Written written = files.add(dir.resolve(reports.countyFileName(county)),
                        o -> reports.writeCountyReport(county.number(), division, locale, o));
                invocation.out().println("  " + county.label() + ": " + written.describe());
            }
            files.commit();
        }
        invocation.out().printf(Locale.ROOT, "Wrote %d county reports (%s division) to %s in %.1f s%n", counties.size(),
                division.year(), dir, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
