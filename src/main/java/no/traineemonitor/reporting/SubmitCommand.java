package no.traineemonitor.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.cli.CliCommand;
import no.traineemonitor.cli.CommandSpec;
import no.traineemonitor.cli.CommandSpec.Option;
import no.traineemonitor.cli.Invocation;
import no.traineemonitor.cli.UserFacingException;
import no.traineemonitor.record.StoredReturn;
import no.traineemonitor.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * {@code submit --file=FILE.xlsx --as=USER [--confirm]}: a return that came by e-mail, checked by the same rules as an
 * upload; without {@code --confirm} it prints the preview (or every problem) and stores nothing.
 */
public final class SubmitCommand implements CliCommand {

    static final CommandSpec SPEC = new CommandSpec("submit",
            "check a filled yearly return and print its preview; --confirm stores it: --file=FILE.xlsx --as=USER [--confirm]",
            """
            Reads a filled template of the yearly return (from ./tm template or the dashboard) and checks it by the same \
            rules as an upload on /rapportering, on behalf of the user who sent it: their programme's leader or an \
            administrator. Prints every problem with its cell, or the preview: each figure new, changed or unchanged \
            against what the database holds. Nothing is stored unless --confirm is given and the return is valid. A \
            stored return is taken in by a running server within seconds; otherwise the server's next start or \
            ./tm load rebuilds the database with it.""",
            CommandSpec.Access.READS,
            Option.of("file", "FILE.xlsx", "the filled template").required(),
            Option.of("as", "USER", "the user the return comes from (see /admin): the programme's leader or an administrator")
                    .required(),
            Option.flag("confirm", "store the return when it is valid (without it, nothing is stored)"),
            Option.choice("lang", "language of the problems and the preview: bokmål (the default) or English", "nb", "en"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation) {
        var options = invocation.options();
        Path file = Path.of(options.required("file"));
        byte[] bytes;
        try {
            if (Files.size(file) > ReturnWorkbookReader.MAX_BYTES) {
                throw new UserFacingException(file + " is larger than " + ReturnWorkbookReader.MAX_BYTES / 1024 / 1024
                        + " MB, the most a return may be");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserFacingException("Cannot read " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        Locale locale = "en".equals(options.get("lang")) ? LanguageSwitch.ENGLISH : LanguageSwitch.BOKMAL;
        ReturnService returns = invocation.bean(ReturnService.class);
        CurrentUser currentUser = invocation.bean(CurrentUser.class);
        try {
            return currentUser.runAs(options.required("as"), () -> submit(invocation, returns, bytes, file, locale,
                    options.flag("confirm")));
        } catch (AccessDeniedException e) {
            throw new UserFacingException(e.getMessage() + ": nothing was stored", e);
        }
    }

    private static int submit(Invocation invocation, ReturnService returns, byte[] bytes, Path file, Locale locale,
                              boolean confirm) {
        var out = invocation.out();
        ReturnService.Checked checked = returns.readWorkbook(bytes, null, null);
        if (!checked.valid()) {
            out.println(file + " has " + checked.problems().size() + " problem(s); nothing was stored:");
            checked.problems().forEach(p -> out.println("  " + returns.describe(p, locale)));
            return 1;
        }
        List<ReturnService.PreviewLine> preview = returns.preview(checked);
        out.println("The return of " + checked.programmeId() + " for " + checked.year() + ":");
        for (ReturnService.PreviewLine line : preview) {
            String value = line.reported() == null ? "" : line.reported().display();
            String was = line.change() == ReturnService.Change.CHANGED ? " (was " + line.current() + ")" : "";
            out.printf("  %-13s %-48s %s%s%n", line.change().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    line.metric().label(locale), value, was);
        }
        long changed = preview.stream().filter(l -> l.change() == ReturnService.Change.NEW
                || l.change() == ReturnService.Change.CHANGED).count();
        if (!confirm) {
            out.println(changed + " figure(s) new or changed. Nothing was stored: give --confirm to store the return.");
            return 0;
        }
        StoredReturn stored = returns.store(checked, "e-mail", bytes, file.getFileName().toString());
        out.println("Stored return " + stored.returnId() + " (version " + stored.version() + " for " + stored.programmeId()
                + " " + stored.year() + ", " + changed + " figure(s) new or changed) as " + stored.by() + ".");
        out.println("A running server takes it in within seconds; otherwise its next start, or ./tm load, rebuilds the"
                + " database with it.");
        return 0;
    }
}
