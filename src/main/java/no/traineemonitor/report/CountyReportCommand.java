package no.traineemonitor.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.base.CommandLineOptions;
import no.traineemonitor.cli.CliCommand;
import no.traineemonitor.cli.UserFacingException;
import no.traineemonitor.reference.County;
import no.traineemonitor.reference.CountyDivision;
import org.springframework.stereotype.Component;

/** {@code report county --county=NN --out=FILE.xlsx [--division=2024|2020] [--lang=nb|en]}: one county's workbook. */
@Component
class CountyReportCommand implements CliCommand {

    static final List<String> OPTIONS = List.of("county", "out", "division", "lang");

    private final ReportService reports;

    CountyReportCommand(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public String name() {
        return "report county";
    }

    @Override
    public String summary() {
        return "county workbook: --county=NN --out=FILE.xlsx [--division=2024|2020] [--lang=nb|en]";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        CommandLineOptions options = CommandLineOptions.parse(args, OPTIONS);
        CountyDivision division = division(options.get("division"));
        County county = reports.county(options.required("county"), division);
        Path file = ReportFiles.xlsx(options.required("out"));
        Locale locale = ReportFiles.locale(options);
        ReportFiles.Written written = ReportFiles.write(file,
                o -> reports.writeCountyReport(county.number(), division, locale, o));
        out.println("Wrote the county report for " + county.label() + " to " + written.describe());
        return 0;
    }

    /** {@code 2024} (default) or {@code 2020}. */
    static CountyDivision division(String value) {
        if (value == null || value.equals("2024")) {
            return CountyDivision.D2024;
        }
        if (value.equals("2020")) {
            return CountyDivision.D2020;
        }
        throw new UserFacingException("Unknown county division '" + value + "': use --division=2024 (15 counties, the default) or --division=2020 (11 counties)");
    }
}
