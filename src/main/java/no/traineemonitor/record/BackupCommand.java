package no.traineemonitor.record;

import java.nio.file.Path;
import java.time.Clock;
import no.traineemonitor.cli.CliCommand;
import no.traineemonitor.cli.CommandSpec;
import no.traineemonitor.cli.CommandSpec.Option;
import no.traineemonitor.cli.Invocation;
import no.traineemonitor.warehouse.ReferenceVersionSource;

/**
 * {@code backup --out=DIR}: a copy of the record (users, returns, audit log, returned files) and of the imported
 * reference versions, with a manifest.
 */
public final class BackupCommand implements CliCommand {

    static final CommandSpec SPEC = new CommandSpec("backup",
            "copy the record (users, yearly returns, audit log, returned files) and the imported reference versions to a"
                    + " new folder: --out=DIR",
            """
            Copies the record (data/record: users, yearly returns, the audit log and the files returns came in) and the \
            imported reference versions (the SSB tables in reference-versions beside the database) to a new folder, with \
            manifest.json giving every file's SHA-256. Safe while the server runs: the log is copied between two writes. \
            The database is not copied: it is rebuilt from sample-data/, the reference versions and the record. The \
            backup holds password hashes: keep it as safe as the server.""",
            CommandSpec.Access.READS,
            Option.of("out", "DIR", "the folder to write; it must not exist, or be empty").required());

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation) {
        Path record = RecordService.directory(invocation.bean(org.springframework.core.env.Environment.class));
        Path out = Path.of(invocation.options().required("out"));
        Path versions = invocation.bean(ReferenceVersionSource.class).folder();
        RecordBackup.Summary summary = RecordBackup.backup(record, out, Clock.systemUTC(), versions);
        invocation.out().println("Backed up the record " + record.toAbsolutePath() + " and the reference versions in "
                + versions.toAbsolutePath() + " to " + out.toAbsolutePath() + ": " + summary.describe());
        return 0;
    }
}
