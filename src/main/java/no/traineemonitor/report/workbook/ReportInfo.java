package no.traineemonitor.report.workbook;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a workbook is and where its numbers come from, for the cover sheet.
 *
 * @param kind        county | programme | extract
 * @param subject     e.g. "18 Nordland" or "Trainee Salten"
 * @param dataVersion the warehouse's data version (hash of sample data and SQL) and when the file was built
 * @param filters     the selection, as label and value
 * @param sheets      the sheets that follow, as name and one line on what each holds
 * @param reference   the reference version the population figures come from
 */
public record ReportInfo(String kind, String title, String subject, LocalDateTime generatedAt, String dataVersion,
                         @Nullable LocalDateTime builtAt, List<Pair> filters, int minimumN, List<Pair> sheets,
                         no.traineemonitor.reference.ReferenceVersion reference) {

    public record Pair(String label, String value) {
    }
}
