package no.traineemonitor.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import no.traineemonitor.base.CsvFormat;
import org.jfree.chart.JFreeChart;
import org.springframework.stereotype.Service;

/**
 * Writes what a page shows as a file: a table as CSV or XLSX, a chart or a map as PNG or SVG. The page hands over the table or
 * chart it built from its own service call; this service adds only the data version.
 */
@Service
public class ExportService {

    private final ExportRepository repository;
    private final TableWorkbooks workbooks;
    private final TableSources sources;

    ExportService(ExportRepository repository, TableWorkbooks workbooks, TableSources sources) {
        this.repository = repository;
        this.workbooks = workbooks;
        this.sources = sources;
    }

    /**
     * What a page's table says under it and in its downloads: its unit, the documents behind it (by title, at most
     * {@code maxDocuments} named) and the SSB tables it uses, the reference version in use, the licence and a citation
     * of the table ({@code title}, {@code subject}) with the data version and today's date.
     */
    public TableMetadata metadata(TableMetadata.Words words, Locale locale, String unit, Collection<String> documents,
                                  Collection<TableMetadata.Ssb> ssb, String title, String subject, int maxDocuments) {
        // every table of a page asks: the data version and the documents are kept per data version by the sources
        return TableMetadata.of(words, unit, documents, ssb, sources.reference(locale), title, subject,
                sources.dataVersion(), LocalDate.now(), maxDocuments);
    }

    /** The documents the facts come from, by title (never a file name). */
    public java.util.List<String> documents(Collection<String> factIds) {
        return sources.documents(factIds);
    }

    /** The data version the files are made from, with when it was built ("20261207-abc (bygd 7.12.2026 09:00)"). */
    public String dataVersion(String builtPattern) {
        var v = repository.dataVersion();
        if (v == null) {
            return "";
        }
        return v.builtAt() == null ? v.version()
                : java.text.MessageFormat.format(builtPattern, v.version(), v.builtAt().format(DateTimeFormatter.ofPattern("d.M.yyyy HH:mm")));
    }

    public byte[] csv(ExportInfo info, ExportTable table, CsvFormat format) {
        return TableCsv.write(info, table, format);
    }

    public void xlsx(ExportInfo info, ExportTable table, Locale locale, OutputStream out) throws IOException {
        workbooks.write(info, table, locale, out);
    }

    public byte[] png(ExportInfo info, JFreeChart chart, int width, int height) {
        return ChartFiles.png(info, chart, width, height);
    }

    public byte[] svg(ExportInfo info, JFreeChart chart, int width, int height) {
        return ChartFiles.svg(info, chart, width, height);
    }

    public byte[] png(ExportInfo info, MapPicture map) {
        return MapFiles.png(info, map);
    }

    public byte[] svg(ExportInfo info, MapPicture map) {
        return MapFiles.svg(info, map);
    }

}
