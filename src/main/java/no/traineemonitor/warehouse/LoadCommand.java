package no.traineemonitor.warehouse;

import java.nio.file.Path;
import no.traineemonitor.cli.CliCommand;
import no.traineemonitor.cli.CommandSpec;
import no.traineemonitor.cli.Invocation;
import no.traineemonitor.warehouse.ingest.LoadReport;

/** {@code load}: rebuilds the database from sample-data/ into a new file and swaps it in atomically. */
public final class LoadCommand implements CliCommand {

    static final CommandSpec SPEC = new CommandSpec("load",
            "rebuild the database from sample-data/ into a new file and swap it in (the server must be stopped)",
            """
            Builds a new database from the sample data beside the database file and moves it into place only when \
            everything validated and loaded, so a failed load leaves the previous database untouched. Bad input is \
            reported as file:line: what is wrong, all of it at once. Refused while a server holds the file.""",
            CommandSpec.Access.BUILDS);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation) {
        WarehouseProperties properties = invocation.bean(WarehouseProperties.class);
        Path database = properties.database();
        invocation.bean(WarehouseFile.class).requireNotLocked(database);
        WarehouseBuilder builder = invocation.bean(WarehouseBuilder.class);
        invocation.out().println("Rebuilding " + database.toAbsolutePath() + " from " + properties.sampleData().toAbsolutePath() + " ...");
        LoadReport report = builder.buildAndSwap(database);
        invocation.out().println("Loaded " + database.toAbsolutePath() + " (data version " + builder.dataVersion() + ")");
        invocation.out().println(report.summary());
        return 0;
    }
}
