package no.traineemonitor.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import no.traineemonitor.base.Leftovers;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Temporary files of reports carry the id of the process that writes them, so what a killed process left behind is
 * removed by the next one: a download being prepared by the server, and POI's streamed-sheet files (SXSSF), which go to
 * a folder of this process instead of POI's shared {@code poifiles}.
 */
public final class ReportTempFiles {

    static final Pattern DOWNLOAD = Pattern.compile("traineemonitor-report-([0-9]+)-[0-9]+\\.part");
    static final Pattern POI_FOLDER = Pattern.compile("traineemonitor-poi-([0-9]+)");
    private static boolean poiFolderSet;

    private ReportTempFiles() {
    }

    private static Path temp() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** A new temporary file for a report the server is preparing for download. */
    public static Path newDownloadFile() throws IOException {
        Leftovers.remove(temp(), DOWNLOAD);
        return Files.createTempFile(temp(), "traineemonitor-report-" + Leftovers.pid() + "-", ".part");
    }

    /** Makes POI write its temporary files to a folder of this process (removed at exit, or by the next process). */
    static synchronized void usePerProcessPoiFolder() {
        if (poiFolderSet) {
            return;
        }
        Leftovers.remove(temp(), POI_FOLDER);
        Leftovers.remove(temp(), DOWNLOAD); // a download a killed server was preparing
        File folder = temp().resolve("traineemonitor-poi-" + Leftovers.pid()).toFile();
        folder.deleteOnExit(); // an empty folder is removed at a normal exit; SXSSF deletes its files when done
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder));
        poiFolderSet = true;
    }
}
