package no.traineemonitor.warehouse.ingest;

/** One thing wrong with the input: where (file relative to sample-data/, line) and what. */
public record LoadProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
