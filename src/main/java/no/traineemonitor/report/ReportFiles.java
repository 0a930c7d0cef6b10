package no.traineemonitor.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.regex.Pattern;
import no.traineemonitor.base.Leftovers;
import no.traineemonitor.base.CommandLineOptions;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.cli.UserFacingException;

/** Shared by the report commands: the language option and writing a file whole or not at all. */
final class ReportFiles {

    /** A report being written: {@code .NAME.PID-N.partial}. */
    static final Pattern PARTIAL = Pattern.compile("\\..+\\.([0-9]+)-[0-9]+\\.partial");

    private ReportFiles() {
    }

    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What was written and how long it took. */
    record Written(Path file, long bytes, long millis) {

        String describe() {
            String kb = String.format(Locale.ROOT, "%,d", (bytes + 1023) / 1024).replace(',', ' ');
            return String.format(Locale.ROOT, "%s (%s kB, %.1f s)", file.toAbsolutePath(), kb, millis / 1000.0);
        }
    }

    /**
     * Writes to a temporary file beside {@code file} and moves it into place, so a failure leaves no half-written file.
     * The temporary file is named with this process's id ({@code .NAME.PID-N.partial}): those left in the folder by
     * killed processes are removed here, by the next report written to it.
     */
    static Written write(Path file, Content content) throws IOException {
        long start = System.nanoTime();
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Leftovers.remove(dir, PARTIAL);
        Path partial = Files.createTempFile(dir, "." + file.getFileName() + "." + Leftovers.pid() + "-", ".partial");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                content.writeTo(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return new Written(file, Files.size(file), (System.nanoTime() - start) / 1_000_000);
    }

    /** {@code --lang=nb} (default) or {@code --lang=en}. */
    static Locale locale(CommandLineOptions options) {
        String lang = options.get("lang");
        if (lang == null || lang.equals("nb") || lang.equals("no")) {
            return LanguageSwitch.BOKMAL;
        }
        if (lang.equals("en")) {
            return LanguageSwitch.ENGLISH;
        }
        throw new UserFacingException("Unknown language '" + lang + "': use --lang=nb (bokmål, the default) or --lang=en");
    }

    /** The output file: must end in {@code .xlsx}. */
    static Path xlsx(String out) {
        if (!out.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UserFacingException("The report is an Excel workbook: --out must end in .xlsx, got '" + out + "'");
        }
        return Path.of(out);
    }
}
