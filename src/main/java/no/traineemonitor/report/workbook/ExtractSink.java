package no.traineemonitor.report.workbook;

import java.io.IOException;
import java.util.List;

/** Where the full extract goes, section by section and row by row (an .xlsx streamed with SXSSF, or a .csv). */
public interface ExtractSink extends AutoCloseable {

    /** Starts a section: facts, survey cells or indicator results, with its columns. */
    void section(String key, String title, List<String> columns);

    /** One row of the current section, values in column order: String, Number, Boolean or null (unknown, left empty). */
    void row(Object[] values);

    /** What the surveys say, table by table (shares, counts, intervals, caveats): sheets in an .xlsx, rows in a .csv. */
    void surveys(java.util.List<no.traineemonitor.survey.SurveyTable> tables, no.traineemonitor.survey.SurveyWording wording);

    /** Ends the extract: writes the about sheet (xlsx) and the file. */
    void finish(ReportInfo info, java.util.Map<String, Long> counts) throws IOException;

    @Override
    void close() throws IOException;
}
