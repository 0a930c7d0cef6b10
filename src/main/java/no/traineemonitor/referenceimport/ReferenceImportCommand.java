package no.traineemonitor.referenceimport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.base.ui.Translations;
import no.traineemonitor.cli.CliCommand;
import no.traineemonitor.cli.CommandSpec;
import no.traineemonitor.cli.CommandSpec.Option;
import no.traineemonitor.cli.Invocation;
import no.traineemonitor.cli.UserFacingException;
import no.traineemonitor.warehouse.WarehouseBuilder;
import no.traineemonitor.warehouse.WarehouseFile;
import no.traineemonitor.warehouse.WarehouseProperties;

/**
 * {@code reference import --file=FILE.json}: an SSB table saved as JSON-stat 2.0 (07459, 03321 or 11618) as a new
 * reference version. Checked against the database before anything is written; then kept beside the database and the database
 * rebuilt with it (as {@code load} does: a new file swapped in only when complete), so a refused file or a failed
 * build changes nothing.
 */
public final class ReferenceImportCommand implements CliCommand {

    static final CommandSpec SPEC = new CommandSpec("reference import",
            "import an SSB table saved as JSON-stat 2.0 (07459 population, 03321 commuting, 11618 employment) as a new"
                    + " reference version: --file=FILE.json",
            """
            Reads an SSB StatBank table saved as JSON-stat 2.0, the format of SSB's API, for one year and the whole \
            country: 07459 (population by region, sex, age and year), 03321 (employed persons by municipality of work \
            and of residence, 4th quarter) or 11618 (population and employed persons 15-74 by residence and by \
            workplace, 4th quarter). Checks the JSON-stat version, the dimensions, that the sizes match the values, \
            the region codes (municipalities of 2020 or 2024, K- codes, counties), the unit (persons) and the year; \
            maps 2024 municipality codes to the warehouse's 2020 municipalities with the change table (new numbers, \
            splits summed, merged ones unknown), on both sides of a commuting pair. Every problem is named with its \
            dimension, code or position, and nothing changes. A table with the same figures as the current version \
            makes no version ("no change"). Otherwise it becomes the next reference version, with the other tables' \
            figures of the version before: it is kept in the folder reference-versions beside the database and the \
            database is rebuilt with it; every page and workbook then uses and names it. Prints what changed: the \
            reforms, and per county the population, or the commuting coefficient per county and BA-region, before \
            and after. Refused while a server holds the database (import on /admin instead, or stop the server).""",
            CommandSpec.Access.BUILDS,
            Option.of("file", "FILE.json", "the table saved as JSON-stat 2.0 from SSB's StatBank or API").required(),
            Option.choice("lang", "language of the problems and the result: bokmål (the default) or English", "nb", "en"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation) {
        var options = invocation.options();
        Path file = Path.of(options.required("file"));
        Locale locale = "en".equals(options.get("lang")) ? LanguageSwitch.ENGLISH : LanguageSwitch.BOKMAL;
        byte[] json;
        try {
            if (Files.size(file) > ReferenceImportService.MAX_BYTES) {
                throw new UserFacingException(file + " is larger than " + ReferenceImportService.MAX_BYTES / 1024 / 1024
                        + " MB, the most a reference table may be");
            }
            json = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserFacingException("Cannot read " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        Translations translations = invocation.bean(Translations.class);
        ImportText.Words words = (key, params) -> translations.getTranslation(key, locale, params);
        Path database = invocation.bean(WarehouseProperties.class).database();
        if (!Files.exists(database)) {
            throw new UserFacingException("There is no database at " + database.toAbsolutePath()
                    + ": run ./tm load first; nothing was imported");
        }
        // refuses when a server holds the file; a damaged file must be rebuilt first
        invocation.bean(WarehouseFile.class).replaceable(database).ifPresent(damage -> {
            throw new UserFacingException("The database " + database.toAbsolutePath() + " is damaged (" + damage
                    + "): run ./tm load first; nothing was imported");
        });
        long start = System.nanoTime();
        ReferencePlan plan;
        try {
            plan = ReferenceImportService.plan(json, database);
        } catch (ImportRejectedException e) {
            throw new UserFacingException(file + ": " + String.join(System.lineSeparator() + "  ",
                    ImportText.problems(e.problems(), words)), e);
        }
        long checked = System.nanoTime();
        if (plan.unchanged()) {
            // the same figures as the current version: no version, no rebuild
            ImportText.lines(plan, plan.previousVersion(), locale, words).forEach(invocation.out()::println);
            invocation.out().printf(Locale.ROOT, "Nothing kept; checked in %.1f s.%n", (checked - start) / 1e9);
            return 0;
        }
        ReferenceImportService service = invocation.bean(ReferenceImportService.class);
        WarehouseBuilder builder = invocation.bean(WarehouseBuilder.class);
        Path kept = service.keep(json);
        try {
            invocation.out().println("Rebuilding " + database.toAbsolutePath() + " with the new reference version ...");
            builder.buildAndSwap(database);
        } catch (RuntimeException e) {
            service.forget(kept);
            throw e;
        }
        long built = System.nanoTime();
        int version = service.stored().size() + 1;
        List<String> lines = ImportText.lines(plan, version, locale, words);
        lines.forEach(invocation.out()::println);
        for (ImportText.Block block : ImportText.blocks(plan, locale, words)) {
            invocation.out().println(block.heading() + ":");
            block.lines().forEach(l -> invocation.out().println("  " + l));
        }
        invocation.out().printf(Locale.ROOT, "Kept as %s; checked in %.1f s, database rebuilt in %.1f s (data version %s).%n",
                kept.toAbsolutePath(), (checked - start) / 1e9, (built - checked) / 1e9, builder.dataVersion());
        return 0;
    }
}
