package no.traineemonitor.warehouse.ingest;

/**
 * One thing wrong with the input: where (file relative to sample-data/, line and character column from 1; 0 when the
 * problem is with the whole file or line) and what, with what was expected.
 */
public record LoadProblem(String file, int line, int column, String message) {

    public LoadProblem(String file, int line, String message) {
        this(file, line, 0, message);
    }

    /** {@code file:line:column}, {@code file:line} or {@code file}. */
    public String where() {
        return line <= 0 ? file : column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    @Override
    public String toString() {
        return where() + ": " + message;
    }
}
