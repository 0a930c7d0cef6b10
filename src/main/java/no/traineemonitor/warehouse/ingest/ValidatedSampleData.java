package no.traineemonitor.warehouse.ingest;

import java.util.List;
import java.util.Map;

/**
 * Sample data that passed every rule: the rows of each file as read (what is staged, so DuckDB never parses the files
 * itself), the warnings (e.g. a file name in other case), and a hash of the content for the submission record.
 */
public final class ValidatedSampleData {

    private final Map<CsvSpec, List<List<String>>> rows;
    private final List<LoadProblem> warnings;
    private final String contentHash;

    ValidatedSampleData(Map<CsvSpec, List<List<String>>> rows, List<LoadProblem> warnings, String contentHash) {
        this.rows = rows;
        this.warnings = List.copyOf(warnings);
        this.contentHash = contentHash;
    }

    Map<CsvSpec, List<List<String>>> rows() {
        return rows;
    }

    String contentHash() {
        return contentHash;
    }

    /** What was loaded anyway but deserves a look (file names in other case, files ignored, quotes not checked). */
    public List<LoadProblem> warnings() {
        return warnings;
    }

    public int rowCount() {
        return rows.values().stream().mapToInt(List::size).sum();
    }
}
