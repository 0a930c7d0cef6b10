package no.traineemonitor.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.base.CommandLineOptions;
import no.traineemonitor.cli.CliCommand;
import no.traineemonitor.reference.County;
import no.traineemonitor.reference.CountyDivision;
import org.springframework.stereotype.Component;

/** {@code report all-counties --out-dir=DIR [--division=2024|2020] [--lang=nb|en]}: one workbook per county. */
@Component
class AllCountiesCommand implements CliCommand {

    static final List<String> OPTIONS = List.of("out-dir", "division", "lang");

    private final ReportService reports;

    AllCountiesCommand(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public String name() {
        return "report all-counties";
    }

    @Override
    public String summary() {
        return "a county workbook for every county: --out-dir=DIR [--division=2024|2020] [--lang=nb|en]";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        CommandLineOptions options = CommandLineOptions.parse(args, OPTIONS);
        CountyDivision division = CountyReportCommand.division(options.get("division"));
        Path dir = Path.of(options.required("out-dir"));
        Locale locale = ReportFiles.locale(options);
        long start = System.nanoTime();
        List<County> counties = reports.counties(division);
        for (County county : counties) {
            ReportFiles.Written written = ReportFiles.write(dir.resolve(reports.countyFileName(county)),
                    o -> reports.writeCountyReport(county.number(), division, locale, o));
            out.println("  " + county.label() + ": " + written.describe());
        }
        out.printf(Locale.ROOT, "Wrote %d county reports (%s division) to %s in %.1f s%n", counties.size(), division.year(),
                dir.toAbsolutePath(), (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
