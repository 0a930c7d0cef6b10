package no.traineemonitor.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.base.CommandLineOptions;
import no.traineemonitor.benchmark.PeerGroup;
import no.traineemonitor.cli.CliCommand;
import no.traineemonitor.cli.UserFacingException;
import no.traineemonitor.programme.Programme;
import org.springframework.stereotype.Component;

/** {@code report programme --programme=ID --out=FILE.xlsx [--group=all|length|size|centrality] [--lang=nb|en]}. */
@Component
class ProgrammeReportCommand implements CliCommand {

    static final List<String> OPTIONS = List.of("programme", "out", "group", "lang");

    private final ReportService reports;

    ProgrammeReportCommand(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public String name() {
        return "report programme";
    }

    @Override
    public String summary() {
        return "programme workbook: --programme=ID --out=FILE.xlsx [--group=all|length|size|centrality] [--lang=nb|en]";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        CommandLineOptions options = CommandLineOptions.parse(args, OPTIONS);
        Programme programme = reports.programme(options.required("programme"));
        PeerGroup group = group(options.get("group"));
        Path file = ReportFiles.xlsx(options.required("out"));
        Locale locale = ReportFiles.locale(options);
        ReportFiles.Written written = ReportFiles.write(file,
                o -> reports.writeProgrammeReport(programme.programmeId(), group, locale, o));
        out.println("Wrote the programme report for " + programme.name() + " to " + written.describe());
        return 0;
    }

    static PeerGroup group(String value) {
        if (value == null) {
            return PeerGroup.ALL;
        }
        return PeerGroup.fromUrl(value).filter(g -> g != PeerGroup.CUSTOM).orElseThrow(() -> new UserFacingException(
                "Unknown peer group '" + value + "': use --group=all (default), length, size or centrality"));
    }
}
