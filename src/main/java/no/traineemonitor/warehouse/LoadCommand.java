package no.traineemonitor.warehouse;

import java.nio.file.Path;
import java.util.Optional;
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
        // refuses when another process holds the file; a damaged file is what load is for, so it is replaced
        Optional<String> damage = invocation.bean(WarehouseFile.class).replaceable(database);
        WarehouseBuilder builder = invocation.bean(WarehouseBuilder.class);
        invocation.out().println("Rebuilding " + database.toAbsolutePath() + " from " + properties.sampleData().toAbsolutePath() + " ...");
        LoadReport report = builder.buildAndSwap(database);
        damage.ifPresent(d -> invocation.out().println("Replaced the damaged database file (" + d + ")"));
        invocation.out().println("Loaded " + database.toAbsolutePath() + " (data version " + builder.dataVersion() + ")");
        invocation.out().println(report.summary());
        invocation.out().println("Time per step: " + report.timings());
        report.warnings().forEach(w -> invocation.out().println("Warning: " + w));
        return 0;
    }
}
