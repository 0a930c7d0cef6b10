package no.traineemonitor.opendata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import no.traineemonitor.cli.CliCommand;
import no.traineemonitor.cli.CommandSpec;
import no.traineemonitor.cli.CommandSpec.Option;
import no.traineemonitor.cli.Invocation;
import no.traineemonitor.cli.OutputFiles;
import no.traineemonitor.cli.TempFiles;
import no.traineemonitor.cli.UserFacingException;

/**
 * {@code export parquet --out=DIR}: the warehouse as Parquet files with a manifest, all or nothing: written into a
 * hidden folder beside {@code DIR} and moved into place only when every file is written and read back.
 */
public final class ExportParquetCommand implements CliCommand {

    static final CommandSpec SPEC = new CommandSpec("export parquet",
            "the warehouse as Parquet files with a manifest, for other engines: --out=DIR",
            """
            Writes every public_* view, the reference data, the indicator catalogue and observations, the source \
            documents and the indicator results as Parquet (DuckDB's writer, zstd), each read back and counted, and \
            manifest.json with every file's rows, columns, size and SHA-256, the data version and the reference data \
            it rests on. DIR must be missing or empty; it is written whole or not at all.""",
            CommandSpec.Access.READS,
            Option.of("out", "DIR", "the folder to write; missing or empty (its parent must exist)").required());

    static final String PARTIAL = ".parquet-export-";

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation) {
        Path dir = OutputFiles.checkFolder(invocation.options().required("out"));
        try {
            if (Files.isDirectory(dir)) {
                try (var entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new UserFacingException("Cannot write " + dir + ": the folder is not empty (give a new or"
                                + " empty folder, so files of an older export are never mixed with these)");
                    }
                }
            }
        } catch (IOException e) {
            throw new UserFacingException("Cannot read " + dir + ": " + OutputFiles.reason(e));
        }
        Path parent = dir.getParent();
        TempFiles.removeStale(parent, PARTIAL, "");
        Path partial = parent.resolve(TempFiles.name(PARTIAL, ""));
        TempFiles.deleteAtExit(partial);
        long start = System.nanoTime();
        ParquetExport.Manifest manifest;
        try {
            Files.createDirectory(partial);
            manifest = invocation.bean(ParquetExport.class).write(partial);
            Files.deleteIfExists(dir); // empty, checked above
            Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
            TempFiles.release(partial);
        } catch (IOException e) {
            TempFiles.delete(partial);
            throw new UserFacingException("Cannot write " + dir + ": " + OutputFiles.reason(e));
        } catch (RuntimeException e) {
            TempFiles.delete(partial);
            throw e;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (ParquetExport.Table t : manifest.tables()) {
            invocation.out().printf(Locale.ROOT, "  %-38s %7d rows %3d columns %9d bytes%n", t.file(), t.rows(),
                    t.columns().size(), t.bytes());
        }
        invocation.out().printf(Locale.ROOT, "Wrote %d tables (%d rows, data version %s) and %s to %s in %.1f s%n",
                manifest.tables().size(), manifest.rows(), manifest.dataVersion(), ParquetExport.MANIFEST, dir, seconds);
        return 0;
    }
}
