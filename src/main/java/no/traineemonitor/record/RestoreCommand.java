package no.traineemonitor.record;

import java.nio.file.Path;
import java.time.Clock;
import no.traineemonitor.cli.CliCommand;
import no.traineemonitor.cli.CommandSpec;
import no.traineemonitor.cli.CommandSpec.Option;
import no.traineemonitor.cli.Invocation;
import no.traineemonitor.warehouse.ReferenceVersionSource;
import no.traineemonitor.warehouse.WarehouseBuilder;
import no.traineemonitor.warehouse.WarehouseFile;
import no.traineemonitor.warehouse.WarehouseProperties;
import no.traineemonitor.warehouse.ingest.LoadReport;

/** {@code restore --from=DIR [--replace]}: puts a backup back as the record and rebuilds the database from it. */
public final class RestoreCommand implements CliCommand {

    static final CommandSpec SPEC = new CommandSpec("restore",
            "restore the record from a backup and rebuild the database (the server must be stopped): --from=DIR",
            """
            Checks the backup whole (every file against its SHA-256 in manifest.json, the log's chain of hashes, the file \
            of every return) before it changes anything, puts it in place as the record, puts the imported reference \
            versions it holds back in reference-versions beside the database (versions there are kept beside it as \
            reference-versions.before-restore-TIME), and rebuilds the database from sample-data/, the reference versions \
            and the restored returns. A record that already holds users or returns is replaced only with --replace, and \
            is then kept beside it as record.before-restore-TIME. Refused while a server holds the database.""",
            CommandSpec.Access.BUILDS,
            Option.of("from", "DIR", "the backup folder (made by ./tm backup)").required(),
            Option.flag("replace", "restore over a record that already holds users or returns (it is kept beside it)"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation) {
        WarehouseProperties properties = invocation.bean(WarehouseProperties.class);
        Path database = properties.database();
        invocation.bean(WarehouseFile.class).replaceable(database); // refuses while a server holds the database
        Path record = RecordService.directory(invocation.bean(org.springframework.core.env.Environment.class));
        Path from = Path.of(invocation.options().required("from"));
        RecordBackup.Restored restored = RecordBackup.restore(from, record, invocation.options().flag("replace"),
                Clock.systemUTC(), invocation.bean(ReferenceVersionSource.class).folder());
        invocation.out().println("Restored the record " + record.toAbsolutePath() + " from " + from.toAbsolutePath() + ": "
                + restored.summary().describe());
        if (restored.kept() != null) {
            invocation.out().println("The record it replaced is kept as " + restored.kept());
        }
        if (restored.keptVersions() != null) {
            invocation.out().println("The reference versions it replaced are kept as " + restored.keptVersions());
        }
        // the record is read only now (lazy beans), so the build sees the restored returns
        LoadReport report = invocation.bean(WarehouseBuilder.class).buildAndSwap(database);
        invocation.out().println("Rebuilt " + database.toAbsolutePath() + " with the restored returns and reference versions (data version "
                + invocation.bean(WarehouseBuilder.class).dataVersion() + ")");
        invocation.out().println(report.summary());
        return 0;
    }
}
