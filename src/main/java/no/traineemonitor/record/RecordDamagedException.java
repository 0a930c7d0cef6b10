package no.traineemonitor.record;

import java.nio.file.Path;

/** The record log cannot be trusted: a line was changed, lost or is not an event. Nothing is served from it. */
public final class RecordDamagedException extends RuntimeException {

    private final Path file;
    private final int line;

    public RecordDamagedException(Path file, int line, String what) {
        super("The record log " + file.toAbsolutePath() + " is damaged at line " + line + ": " + what
                + ". Restore the last backup ('./tm restore --from=DIR'); the warehouse is rebuilt from it.");
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }
}
