package no.traineemonitor.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import no.traineemonitor.base.CsvFormat;
import no.traineemonitor.base.export.ExportInfo;
import no.traineemonitor.base.export.ExportService;
import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.base.export.MapPicture;
import no.traineemonitor.base.export.TableMetadata;
import org.jfree.chart.JFreeChart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small export menu above a table or chart: "Last ned tabellen: CSV · CSV (programmer) · Excel" or "Last ned
 * figuren: PNG · SVG". Each file is made when clicked, from the table or chart the page built from its own service
 * call (so it holds exactly what the page shows), with the title, the page's filters, the data version and the source
 * line. The CSV a Norwegian page offers first is excel-nb (byte-order mark, {@code ;}, decimal comma), an English
 * page's plain RFC 4180; the first is named {@code NAME.csv}, the other {@code NAME-excel.csv} or
 * {@code NAME-rfc4180.csv}.
 */
public class ExportMenu extends Div implements AfterNavigationObserver {

    private static final Logger log = LoggerFactory.getLogger(ExportMenu.class);
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Writes one file's bytes. */
    @FunctionalInterface
    private interface FileContent extends Serializable {
        byte[] bytes() throws IOException;
    }

    private final transient ExportService service;
    private final String title;
    private final String filters;
    private final String fileName;
    /** The page the menu is on, named in each file's source line ({@link #afterNavigation}: the menu may be built first). */
    private String source;
    private final String builtPattern;
    private final ExportInfo.Labels labels;
    private final Locale locale;
    private final Map<String, FileContent> contents = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private @org.jspecify.annotations.Nullable Table table;

    /** What a table says about itself (set by {@link #about}): unit, the documents behind it, the SSB tables it uses. */
    private record Table(String unit, List<String> documents, List<TableMetadata.Ssb> ssb, String subject) implements Serializable {
    }

    private ExportMenu(String id, String title, String filters, String fileName) {
        this.service = VaadinService.getCurrent().getInstantiator().getOrCreate(ExportService.class);
        this.title = title;
        this.filters = filters;
        this.fileName = fileName;
        UI ui = UI.getCurrent();
        String page = ui == null ? "" : "/" + ui.getInternals().getActiveViewLocation().getPathWithQueryParameters();
        // the words are looked up now, on the page; the download only reads the data version
        this.source = getTranslation("export.source-line", page);
        this.builtPattern = getTranslation("export.data-version-built");
        this.labels = new ExportInfo.Labels(getTranslation("export.label.title"), getTranslation("export.label.filters"),
                getTranslation("export.label.data-version"), getTranslation("export.label.source"));
        this.locale = getLocale();
        setId(id);
        addClassName("export-menu");
    }

    /**
     * A table's downloads.
     *
     * @param id       element id; the links are {@code ID-csv-excel-nb}, {@code ID-csv-rfc4180}, {@code ID-xlsx}
     * @param title    what the table is, in the reader's language (also the first line of each file)
     * @param filters  the page's filters in words
     * @param fileName the file name without extension, from {@link no.traineemonitor.base.export.FileNames}
     * @param table    the table as the page shows it
     */
    public static ExportMenu table(String id, String title, String filters, String fileName,
                                   SerializableSupplier<ExportTable> table) {
        ExportMenu menu = new ExportMenu(id, title, filters, fileName);
        menu.add(menu.label("export.table"));
        CsvFormat first = CsvFormat.defaultFor(menu.getLocale());
        CsvFormat second = first == CsvFormat.EXCEL_NB ? CsvFormat.RFC4180 : CsvFormat.EXCEL_NB;
        for (CsvFormat format : List.of(first, second)) {
            String name = fileName + (format == first ? "" : format == CsvFormat.EXCEL_NB ? "-excel" : "-rfc4180") + ".csv";
            menu.add(menu.link(id + "-csv-" + format.option(), menu.getTranslation("export.csv." + format.option()), name,
                    "text/csv; charset=utf-8", () -> menu.service.csv(menu.info(), table.get(), format)));
        }
        menu.add(menu.xlsxLink(id + "-xlsx", menu.getTranslation("export.xlsx"), fileName, table));
        return menu;
    }

    /**
     * One Excel download of a table, as a link with its own words (a list that offers its CSVs itself, such as the
     * white spots); the file carries title, filters, data version and source like every table's.
     *
     * @param linkId the link's element id
     */
    public static ExportMenu xlsx(String id, String linkId, String linkText, String title, String filters, String fileName,
                                  SerializableSupplier<ExportTable> table) {
        ExportMenu menu = new ExportMenu(id, title, filters, fileName);
        menu.removeClassName("export-menu"); // a link like the ones beside it, not the small menu line
        menu.add(menu.xlsxLink(linkId, linkText, fileName, table));
        return menu;
    }

    /**
     * A chart's downloads ({@code ID-png}, {@code ID-svg}); {@code chart} draws the page's chart anew (a chart is
     * changed when its caption is added), {@code width} and {@code height} as on the page.
     */
    public static ExportMenu chart(String id, String title, String filters, String fileName,
                                   SerializableSupplier<JFreeChart> chart, int width, int height) {
        ExportMenu menu = new ExportMenu(id, title, filters, fileName);
        menu.add(menu.label("export.chart"));
        menu.add(menu.link(id + "-png", "PNG", fileName + ".png", "image/png",
                () -> menu.service.png(menu.info(), chart.get(), width, height)));
        menu.add(menu.link(id + "-svg", "SVG", fileName + ".svg", "image/svg+xml",
                () -> menu.service.svg(menu.info(), chart.get(), width, height)));
        return menu;
    }

    /**
     * A map's downloads ({@code ID-png}, {@code ID-svg}): {@code map} gives the page's map as shapes with its legend,
     * drawn anew into the file (see {@link no.traineemonitor.base.export.MapFiles}).
     */
    public static ExportMenu map(String id, String title, String filters, String fileName,
                                 SerializableSupplier<MapPicture> map) {
        ExportMenu menu = new ExportMenu(id, title, filters, fileName);
        menu.add(menu.label("export.map"));
        menu.add(menu.link(id + "-png", "PNG", fileName + ".png", "image/png", () -> menu.service.png(menu.info(), map.get())));
        menu.add(menu.link(id + "-svg", "SVG", fileName + ".svg", "image/svg+xml", () -> menu.service.svg(menu.info(), map.get())));
        return menu;
    }

    /**
     * The line under the table (unit, sources, reference version, licence, "Siter"), which the table's files then carry
     * too, with every document named.
     *
     * @param unitKey the unit's words: {@code meta.unit.KEY}
     * @param subject the selection, as the citation names it ("" when none)
     * @param factIds the facts the table's figures come from
     * @param ssb     the SSB tables it uses
     */
    public TableAbout about(String unitKey, String subject, java.util.Collection<String> factIds, TableMetadata.Ssb... ssb) {
        return aboutDocuments(unitKey, subject, service.documents(factIds), TableMetadata.tables(factIds, List.of(ssb)));
    }

    /** As {@link #about}, for a table whose documents are known by title (a survey table's report). */
    public TableAbout aboutDocuments(String unitKey, String subject, List<String> documents, List<TableMetadata.Ssb> ssb) {
        table = new Table(getTranslation("meta.unit." + unitKey), List.copyOf(documents), List.copyOf(ssb), subject);
        TableAbout line = new TableAbout(metadata(table, TableAbout.SHOWN_DOCUMENTS));
        getId().ifPresent(id -> line.setId(id + "-about"));
        return line;
    }

    private TableMetadata metadata(Table t, int documents) {
        return service.metadata(this::getTranslation, locale, t.unit(), t.documents(), t.ssb(), title, t.subject(), documents);
    }

    /**
     * A menu built while its page is being opened is made before the UI knows the page's address; it learns it here
     * (Vaadin tells every component of the new page after the navigation).
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        source = getTranslation("export.source-line", "/" + event.getLocation().getPathWithQueryParameters());
    }

    /** What the files say about themselves, with the data version read now. */
    public ExportInfo info() {
        return new ExportInfo(title, filters, service.dataVersion(builtPattern), source, fileName, labels,
                table == null ? null : metadata(table, Integer.MAX_VALUE));
    }

    private Span label(String key) {
        Span label = new Span(getTranslation(key));
        label.addClassName("export-menu-label");
        return label;
    }

    /**
     * The bytes the link {@code linkId} downloads, made now as a click makes them (for tests, which have no browser to
     * click with).
     */
    public byte[] download(String linkId) throws IOException {
        FileContent content = contents.get(linkId);
        if (content == null) {
            throw new IllegalArgumentException("No download " + linkId + " in " + contents.keySet());
        }
        return content.bytes();
    }

    /** The name the link {@code linkId} saves its file as. */
    public String fileName(String linkId) {
        return names.get(linkId);
    }

    private Anchor xlsxLink(String id, String text, String fileName, SerializableSupplier<ExportTable> table) {
        return link(id, text, fileName + ".xlsx", XLSX_TYPE, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            service.xlsx(info(), table.get(), locale, out);
            return out.toByteArray();
        });
    }

    private Anchor link(String id, String text, String name, String type, FileContent content) {
        contents.put(id, content);
        names.put(id, name);
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = content.bytes();
                return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
            } catch (IOException | RuntimeException e) {
                log.error("Export {} ({}) failed", id, locale, e);
                return DownloadResponse.error(500, "The file could not be made");
            }
        }), text);
        a.setId(id);
        return a;
    }
}
