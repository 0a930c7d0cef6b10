package no.traineemonitor.report;

import java.nio.file.Path;
import java.util.Locale;
import no.traineemonitor.benchmark.PeerGroup;
import no.traineemonitor.cli.CliCommand;
import no.traineemonitor.cli.CommandSpec;
import no.traineemonitor.cli.CommandSpec.Option;
import no.traineemonitor.cli.Invocation;
import no.traineemonitor.cli.Options;
import no.traineemonitor.cli.OutputFiles;
import no.traineemonitor.programme.Programme;

/** {@code report programme --programme=ID --out=FILE.xlsx [--group=all|length|size|centrality] [--lang=nb|en]}. */
public final class ProgrammeReportCommand implements CliCommand {

    static final CommandSpec SPEC = new CommandSpec("report programme",
            "programme workbook: --programme=ID --out=FILE.xlsx [--group=all|length|size|centrality] [--lang=nb|en]",
            """
            Writes the programme workbook: profile, every indicator value, the benchmark against the peer group, \
            funnel plots, trend, definitions and the source of every number.""",
            CommandSpec.Access.READS,
            Option.of("programme", "ID", "the programme's id, e.g. trainee_salten").required(),
            Option.of("out", "FILE.xlsx", "the workbook to write; its folder must exist").required(),
            Option.choice("group", "peer group: all programmes of its type (the default), or the same length, size or "
                    + "dominant centrality class", "all", "length", "size", "centrality"),
            ReportFiles.LANG);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation) {
        Options options = invocation.options();
        String groupName = options.get("group");
        PeerGroup group = PeerGroup.fromUrl(groupName == null ? "all" : groupName).orElseThrow(); // checked by its choices
        Path file = ReportFiles.xlsx(options.required("out"));
        Locale locale = ReportFiles.locale(options);
        ReportService reports = invocation.bean(ReportService.class);
        Programme programme = reports.programme(options.required("programme"));
        OutputFiles.Written written = OutputFiles.write(file,
                o -> reports.writeProgrammeReport(programme.programmeId(), group, locale, o));
        invocation.out().println("Wrote the programme report for " + programme.name() + " to " + written.describe());
        return 0;
    }
}
