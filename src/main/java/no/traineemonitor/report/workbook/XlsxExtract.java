package no.traineemonitor.report.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.PageOrder;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.jspecify.annotations.Nullable;

/**
 * The extract as .xlsx, streamed with SXSSF: only a window of rows is in memory, the rest goes to compressed temporary
 * files, so memory stays flat however many rows there are. A sheet holds at most {@link #MAX_ROWS} data rows (Excel's
 * limit is 1 048 576 rows); a longer section continues on "Fakta 2", "Fakta 3" ... Strings are written inline (no shared
 * strings table, which would grow with the data).
 */
public final class XlsxExtract implements ExtractSink {

    /** Columns that hold a year or an id: plain integers (2020, never 2 020). */
    static final java.util.Set<String> YEARS = java.util.Set.of("period_start", "period_end", "submission_id");

    /** Rows of the "About this table" block under a section's rows (a blank row, its heading and five lines). */
    static final int ABOUT_ROWS = 7;

    /** Data rows per sheet: Excel's 1 048 576 rows less the header and the block under the rows. */
    public static final int MAX_ROWS = 1_048_575 - ABOUT_ROWS;

    private final SXSSFWorkbook wb;
    private final CellStyles styles;
    private final Texts texts;
    private final OutputStream out;
    private final int maxRows;
    private @Nullable SheetWriter sheet;
    private String title = "";
    private List<String> columns = List.of();
    private int rowsInSheet;
    private int part;
    private String key = "";
    private final @Nullable SheetMetadata meta;
    private final List<String> documents;

    /** With every data sheet's "About this table" block: its unit, all documents, the reference version, the citation. */
    public XlsxExtract(OutputStream out, Texts texts, SheetMetadata meta, List<String> documents) {
        this(out, texts, MAX_ROWS, meta, documents);
    }

    XlsxExtract(OutputStream out, Texts texts) {
        this(out, texts, MAX_ROWS, null, List.of());
    }

    /** With a smaller sheet size, to test the roll-over to a new sheet. */
    XlsxExtract(OutputStream out, Texts texts, int maxRows) {
        this(out, texts, maxRows, null, List.of());
    }

    private XlsxExtract(OutputStream out, Texts texts, int maxRows, @Nullable SheetMetadata meta, List<String> documents) {
        this.meta = meta;
        this.documents = List.copyOf(documents);
        this.wb = new SXSSFWorkbook(null, 200, true, false);
        this.styles = new CellStyles(wb);
        this.texts = texts;
        this.out = out;
        this.maxRows = maxRows;
    }

    @Override
    public void section(String key, String title, List<String> columns) {
        endSheet();
        this.key = key;
        this.title = title;
        this.columns = columns;
        this.part = 0;
        startSheet();
    }

    private void startSheet() {
        part++;
        SheetWriter w = new SheetWriter(wb, part == 1 ? title : title + " " + part, styles);
        w.widths(columns.stream().mapToInt(ExtractColumns::width).toArray());
        w.header(columns);
        w.print(true, texts.get("extract.title") + " – " + title, texts);
        printAcross(w);
        sheet = w;
        rowsInSheet = 0;
    }

    /** The smallest print scale of a wide sheet: below this a row is too small to read on paper. */
    static final double MIN_PRINT_SCALE = 0.7;

    /**
     * A wide table (the facts have 24 columns) is not shrunk to one page's width, which would print it at a quarter of
     * its size: it prints as many pages across as a scale of at least {@link #MIN_PRINT_SCALE} takes, a row's pages
     * one after the other, with the first column (the row's id) and the header repeated on every page.
     */
    private static void printAcross(SheetWriter w) {
        int across = (int) Math.ceil(w.widthChars() / (SheetWriter.LANDSCAPE_CHARACTERS / MIN_PRINT_SCALE));
        if (across > 1) {
            w.sheet().getPrintSetup().setFitWidth((short) across);
            if (w.sheet().getPrintSetup() instanceof XSSFPrintSetup setup) { // the streamed sheet's is one
                setup.setPageOrder(PageOrder.OVER_THEN_DOWN);
            }
            w.sheet().setRepeatingColumns(CellRangeAddress.valueOf("A:A"));
        }
    }

    private void endSheet() {
        if (sheet != null) {
            sheet.endTable();
            if (meta != null) {
                String unit = switch (key) {
                    case "survey_cell" -> "survey";
                    case "indicator_result" -> "indicators";
                    default -> "facts";
                };
                sheet.about(key.equals("indicator_result")
                        ? meta.aboutDocuments(title, unit, documents, no.traineemonitor.base.export.TableMetadata.Ssb.POPULATION)
                        : meta.aboutDocuments(title, unit, documents));
            }
            sheet = null;
        }
    }

    @Override
    public void row(Object[] values) {
        if (sheet == null) {
            throw new IllegalStateException("row before section");
        }
        if (rowsInSheet == maxRows) {
            endSheet();
            startSheet();
        }
        SheetWriter.RowWriter r = java.util.Objects.requireNonNull(sheet).row();
        int metric = columns.indexOf("metric");
        boolean yearValue = metric >= 0 && values[metric] instanceof String m && m.endsWith("_year");
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            boolean year = YEARS.contains(columns.get(i)) || (yearValue && columns.get(i).equals("value"));
            switch (v) {
                case null -> r.skip();
                case Number n when year && whole(n) -> r.number(n, styles.year);
                case Number n -> r.number(n, whole(n) ? styles.integer : styles.flexible);
                case Boolean b -> r.text(b ? "true" : "false");
                default -> r.text(v.toString());
            }
        }
        rowsInSheet++;
    }

    /** One sheet per survey after the survey cells, as in the county and programme workbooks (with native charts). */
    @Override
    public void surveys(List<no.traineemonitor.survey.SurveyTable> tables, no.traineemonitor.survey.SurveyWording wording) {
        endSheet();
        SurveySheet.write(wb, styles, texts, wording, tables, meta);
    }

    private static boolean whole(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d);
    }

    @Override
    public void finish(ReportInfo info, java.util.Map<String, Long> counts) throws IOException {
        endSheet();
        SheetWriter about = new SheetWriter(wb, texts.get("sheet.about"), styles);
        about.widths(30, 100);
        about.title(info.title()).subtitle(info.subject()).blank();
        about.pair(texts.get("cover.generated"), info.generatedAt());
        about.pair(texts.get("cover.data-version"), info.dataVersion());
        counts.forEach(about::pair);
        ReferenceLines.write(about, styles, texts, info.reference());
        about.blank().heading(texts.get("cover.how-to-read"));
        for (int i = 1; i <= 5; i++) {
            about.note("• " + texts.get("extract.read." + i, info.minimumN()));
        }
        about.print(false, info.title(), texts);
        wb.setSheetOrder(about.sheet().getSheetName(), 0);
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            wb.getSheetAt(i).setSelected(i == 0); // one selected tab, not a group of sheets
        }
        wb.setActiveSheet(0);
        wb.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        wb.close(); // also deletes the temporary files
    }
}
