package no.traineemonitor.warehouse;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import no.traineemonitor.cli.OutputFiles;
import no.traineemonitor.cli.TempFiles;

/**
 * A read-only copy of the database file, for a command that runs while the server holds the file (DuckDB lets no
 * other process open it then): the file and its write-ahead log, if any, copied to a folder
 * {@code traineemonitor-snapshot-<pid>-<random>} in the temporary folder. The folder is deleted when the command ends,
 * also on Ctrl+C or SIGTERM; one that a killed command left behind is removed by the next command that reads the
 * database.
 *
 * @param file      the copy
 * @param directory the folder holding it
 */
record WarehouseSnapshot(Path file, Path directory) {

    static final String PREFIX = "traineemonitor-snapshot-";

    /** Copies {@code database} (and its WAL) to a new snapshot folder. */
    static WarehouseSnapshot take(Path database) {
        Path tmp = temporaryFolder();
        Path dir = tmp.resolve(TempFiles.name(PREFIX, ""));
        TempFiles.deleteAtExit(dir);
        try {
            FileAttribute<?>[] ownerOnly = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                    : new FileAttribute<?>[0];
            Files.createDirectory(dir, ownerOnly);
            Path copy = dir.resolve(database.getFileName());
            Files.copy(database, copy);
            Path wal = database.resolveSibling(database.getFileName() + ".wal");
            if (Files.exists(wal)) {
                Files.copy(wal, copy.resolveSibling(copy.getFileName() + ".wal"));
            }
            return new WarehouseSnapshot(copy, dir);
        } catch (IOException e) {
            TempFiles.delete(dir);
            throw new WarehouseUnavailableException("The running server holds " + database.toAbsolutePath()
                    + " and it could not be copied to " + tmp + ": " + OutputFiles.reason(e) + ".",
                    "Free some space in the temporary folder, or stop the server and run the command again.", e);
        }
    }

    /** Removes the snapshot folders of commands that no longer run (killed before they could delete them). */
    static void removeStale() {
        TempFiles.removeStale(temporaryFolder(), PREFIX, "");
    }

    /** Deletes the copy and its folder. */
    void delete() {
        TempFiles.delete(directory);
    }

    private static Path temporaryFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
