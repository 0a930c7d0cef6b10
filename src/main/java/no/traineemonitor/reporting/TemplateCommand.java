package no.traineemonitor.reporting;

import java.nio.file.Path;
import java.util.Locale;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.cli.CliCommand;
import no.traineemonitor.cli.CommandSpec;
import no.traineemonitor.cli.CommandSpec.Option;
import no.traineemonitor.cli.Invocation;
import no.traineemonitor.cli.OutputFiles;
import no.traineemonitor.cli.UserFacingException;

/** {@code template --programme=ID --year=YYYY --out=FILE.xlsx}: the yearly return's Excel template, to send by e-mail. */
public final class TemplateCommand implements CliCommand {

    static final CommandSpec SPEC = new CommandSpec("template",
            "the yearly return's Excel template for a programme and year: --programme=ID --year=YYYY --out=FILE.xlsx",
            """
            Writes the Excel template of the yearly return for one programme and year, pre-filled with what the \
            database already knows and where it is from, for a leader who reports by e-mail. The filled workbook comes \
            back with ./tm submit.""",
            CommandSpec.Access.READS,
            Option.of("programme", "ID", "the programme's id, e.g. trainee_salten").required(),
            Option.of("year", "YYYY", "the year reported (a year is reported when it is over)").required().wholeNumber(),
            Option.of("out", "FILE.xlsx", "the workbook to write; its folder must exist").required(),
            Option.choice("lang", "language of the template: bokmål (the default) or English", "nb", "en"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation) {
        var options = invocation.options();
        String out = options.required("out");
        if (!out.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UserFacingException("--out=" + out + " must name an .xlsx file");
        }
        Locale locale = "en".equals(options.get("lang")) ? LanguageSwitch.ENGLISH : LanguageSwitch.BOKMAL;
        ReturnService returns = invocation.bean(ReturnService.class);
        String programmeId = options.required("programme");
        int year = options.integer("year");
        byte[] workbook;
        try {
            workbook = returns.templateWorkbook(programmeId, year, locale);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        OutputFiles.Written written = OutputFiles.write(OutputFiles.checkTarget(out), o -> o.write(workbook));
        invocation.out().println("Wrote the " + year + " template for " + programmeId + " to " + written.describe());
        return 0;
    }
}
