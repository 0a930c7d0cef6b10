package no.traineemonitor.report.workbook;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Picture;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

/**
 * Writes one sheet top to bottom: title, notes, tables (header row, frozen and filtered), pictures, and the A4 print
 * set-up. Unknown values stay empty cells, never 0. Works on streamed (SXSSF) and ordinary (XSSF) workbooks alike.
 */
public final class SheetWriter {

    /** The header row of a sheet's first table is frozen (and repeated in print) only if it is within these rows. */
    static final int MAX_FROZEN_ROW = 5;
    /** A column is never widened beyond this for a header or a label. */
    static final int MAX_HEADER_WIDTH = 34;

    private final Workbook workbook;
    private final Sheet sheet;
    private final CellStyles styles;
    private int next;
    private int firstHeader = -1;
    private int tableHeader = -1;
    private int tableColumns;
    private @Nullable Drawing<?> drawing;
    private int[] widths = new int[0];
    /** Each row's height in points where one was set (0: the default). */
    private float[] heights = new float[64];
    private int tables;

    public SheetWriter(Workbook workbook, String name, CellStyles styles) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
        sheet.setDisplayGridlines(true);
    }

    public Sheet sheet() {
        return sheet;
    }

    public CellStyles styles() {
        return styles;
    }

    /** The index of the next row to be written. */
    public int rowIndex() {
        return next;
    }

    public SheetWriter title(String text) {
        Row r = sheet.createRow(next++);
        height(r, 22);
        SafeText.set(r.createCell(0), text, styles.title, styles);
        return this;
    }

    public SheetWriter subtitle(String text) {
        SafeText.set(sheet.createRow(next++).createCell(0), text, styles.subtitle, styles);
        return this;
    }

    /**
     * A note under or above a table: one cell merged across the sheet's columns, wrapped, with a row height that fits
     * (text that ran over the neighbouring cells would be cut off at the edge of the printed page).
     */
    public SheetWriter note(String text) {
        Row r = sheet.createRow(next);
        SafeText.set(r.createCell(0), text, styles.note, styles);
        if (widths.length > 1) {
            sheet.addMergedRegion(new CellRangeAddress(next, next, 0, widths.length - 1));
            int total = java.util.Arrays.stream(widths).sum();
            int[] saved = widths;
            widths = new int[] {total};
            fitHeight(r, 0, text);
            widths = saved;
        }
        next++;
        return this;
    }

    /** A bold heading above a table. */
    public SheetWriter heading(String text) {
        Row r = sheet.createRow(next++);
        height(r, 18);
        SafeText.set(r.createCell(0), text, styles.label, styles);
        return this;
    }

    /**
     * The "Om tabellen / About this table" block at the bottom of a sheet (as StatBank has under every table): unit,
     * sources, reference version and date, licence and suggested citation, one wrapped grey line each across the
     * sheet's columns. Below every table and chart, so no chart reads its cells; printed with the sheet.
     */
    public SheetWriter about(no.traineemonitor.base.export.TableMetadata about) {
        blank();
        SafeText.set(sheet.createRow(next++).createCell(0), about.heading(), styles.subtitle, styles);
        for (no.traineemonitor.base.export.TableMetadata.Line line : about.allLines()) {
            note(line.label() + ": " + line.text());
        }
        return this;
    }

    /** Starts a new printed page at the next row. */
    public SheetWriter pageBreak() {
        if (next > 0) {
            sheet.setRowBreak(next - 1);
        }
        return this;
    }

    public SheetWriter blank() {
        next++;
        return this;
    }

    /** Skips rows (e.g. the space a chart takes). */
    public SheetWriter skip(int rows) {
        next += rows;
        return this;
    }

    /**
     * A label and a value on one row (cover sheet, profile). A text value is wrapped in a cell merged across the other
     * columns; a number stays a number (left-aligned, so it lines up with the texts above and below).
     */
    public SheetWriter pair(String label, @Nullable Object value) {
        fit(0, label.length() + 1); // a label is never cut by the value beside it
        int index = next;
        RowWriter r = row();
        r.text(label, styles.label);
        switch (value) {
            case null -> r.blank();
            case Integer i -> r.number(i, styles.integerLeft);
            case Long l -> r.number(l, styles.integerLeft);
            case Double d -> r.number(d, d == Math.rint(d) ? styles.integerLeft : styles.flexible);
            case java.time.LocalDateTime t -> r.date(t);
            case java.time.LocalDate d -> r.date(d);
            default -> {
                String text = value.toString();
                if (widths.length > 2) {
                    sheet.addMergedRegion(new CellRangeAddress(index, index, 1, widths.length - 1));
                    int[] saved = widths;
                    widths = new int[] {saved[0], java.util.Arrays.stream(saved).skip(1).sum()};
                    r.wrap(text);
                    widths = saved;
                } else {
                    r.wrap(text);
                }
            }
        }
        return this;
    }

    /** Starts a table: its header row. The first table of a sheet is frozen below its header and repeated in print. */
    public SheetWriter header(List<String> names) {
        Row r = sheet.createRow(next);
        for (int i = 0; i < names.size(); i++) {
            widen(i, names.get(i));
            SafeText.set(r.createCell(i), names.get(i), styles.header, styles);
            fitHeight(r, i, names.get(i));
        }
        tables++;
        tableHeader = next;
        tableColumns = names.size();
        if (firstHeader < 0) {
            firstHeader = next;
            if (next <= MAX_FROZEN_ROW) { // a table under a long block of text is not frozen: the panes would fill the screen
                sheet.createFreezePane(0, next + 1);
                sheet.setRepeatingRows(new CellRangeAddress(next, next, -1, -1));
            }
        }
        next++;
        return this;
    }

    /**
     * Makes a column wide enough for the longest word of a header (a word is never broken across lines: "Innbyggere"
     * stays one word), up to {@link #MAX_HEADER_WIDTH} characters.
     */
    private void widen(int col, String header) {
        fit(col, java.util.Arrays.stream(header.split("[\\s/]+")).mapToInt(String::length).max().orElse(0) + 2);
    }

    /** Widens a column to at least {@code characters} (up to {@link #MAX_HEADER_WIDTH}). */
    private void fit(int col, int characters) {
        if (col >= widths.length) {
            widths = java.util.Arrays.copyOf(widths, col + 1);
        }
        if (widths[col] < characters) {
            widths[col] = Math.min(MAX_HEADER_WIDTH, characters);
            sheet.setColumnWidth(col, widths[col] * 256);
        }
    }

    /** A header whose last column spans to the sheet's last column (for a table narrower than the sheet). */
    public SheetWriter headerToEnd(List<String> names) {
        header(names);
        int last = names.size() - 1;
        if (widths.length - 1 > last) {
            Row r = sheet.getRow(next - 1);
            for (int c = last + 1; c < widths.length; c++) {
                r.createCell(c).setCellStyle(styles.header);
            }
            sheet.addMergedRegion(new CellRangeAddress(next - 1, next - 1, last, widths.length - 1));
        }
        return this;
    }

    /** Ends the current table: puts an auto-filter on it (Excel allows one per sheet: the first table gets it). */
    public SheetWriter endTable() {
        if (tableHeader >= 0 && tableHeader == firstHeader && next - 1 > tableHeader) {
            sheet.setAutoFilter(new CellRangeAddress(tableHeader, next - 1, 0, tableColumns - 1));
        }
        tableHeader = -1;
        return this;
    }

    public RowWriter row() {
        return new RowWriter(sheet.createRow(next++));
    }

    /** Cells of a row already written (e.g. beside a picture), from column {@code firstCol}. */
    public RowWriter rowAt(int index, int firstCol) {
        Row r = sheet.getRow(index);
        RowWriter w = new RowWriter(r == null ? sheet.createRow(index) : r);
        w.col = firstCol;
        next = Math.max(next, index + 1);
        return w;
    }

    /** A header row of a table beside a picture: in row {@code index} from column {@code firstCol}. */
    public void headerAt(int index, int firstCol, List<String> names) {
        Row r = sheet.getRow(index) == null ? sheet.createRow(index) : sheet.getRow(index);
        for (int i = 0; i < names.size(); i++) {
            widen(firstCol + i, names.get(i));
            SafeText.set(r.createCell(firstCol + i), names.get(i), styles.header, styles);
            fitHeight(r, firstCol + i, names.get(i));
        }
        next = Math.max(next, index + 1);
    }

    /** Column widths in characters; set them before the rows, so that wrapped cells get a row height that fits. */
    public SheetWriter widths(int... characters) {
        widths = characters.clone();
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, characters[i]) * 256);
        }
        return this;
    }

    /**
     * Neither Excel nor POI fits a row's height to wrapped text when the file is opened, so the height is estimated
     * here: lines of text at the column's width (Arial 10: about 1.1 characters per width unit), 12.75 pt per line.
     */
    private void fitHeight(Row row, int col, String text) {
        if (text.isEmpty()) {
            return;
        }
        int perLine = (int) Math.max(1, (col < widths.length ? widths[col] : 8.43) * 1.15);
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            lines++;
            int used = 0;
            for (String word : part.split(" ")) { // greedy word wrap, as Excel and LibreOffice do
                if (used > 0 && used + 1 + word.length() > perLine) {
                    lines++;
                    used = 0;
                }
                used += (used > 0 ? 1 : 0) + word.length();
                while (used > perLine) { // a word longer than the line is broken
                    lines++;
                    used -= perLine;
                }
            }
        }
        if (lines > 1) {
            height(row, Math.max(row.getHeightInPoints(), lines * 12.75f + 2f));
        }
    }

    /** Rows of fixed height (15 pt, as POI assumes when it sizes a picture) for a chart or picture; returns the first. */
    public int reserve(int rows) {
        int first = next;
        for (int i = 0; i < rows; i++) {
            height(sheet.createRow(next++), 15f);
        }
        return first;
    }

    /**
     * A4, fitted to the page width, page numbers in the footer. The table's header is repeated on every printed page
     * when the sheet has one table; with several, a repeated header would stand above the wrong table.
     */
    public SheetWriter print(boolean landscape, String headerText, Texts texts) {
        if (tables > 1) {
            sheet.setRepeatingRows(null);
        }
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight(pagesTall(landscape));
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.7);
        sheet.setMargin(Sheet.BottomMargin, 0.7);
        sheet.setMargin(Sheet.HeaderMargin, 0.3);
        sheet.setMargin(Sheet.FooterMargin, 0.3);
        // '&' starts a code in Excel's header and footer language: a literal one is written twice
        sheet.getHeader().setLeft(headerText.replace("&", "&&"));
        sheet.getFooter().setLeft(sheet.getSheetName().replace("&", "&&"));
        sheet.getFooter().setRight(texts.get("page", "&P", "&N"));
        return this;
    }

    /** A last printed page filled less than this is pulled onto the page before by printing slightly smaller. */
    static final float SHORT_LAST_PAGE = 0.35f;

    /**
     * How many pages tall the sheet prints: 0 (as many as it takes), except when the last page would hold only a few
     * rows (less than {@link #SHORT_LAST_PAGE} of a page, by the estimated row heights): then one page fewer, so the
     * spreadsheet prints a little smaller instead of leaving a page almost empty. Sheets with page breaks of their own
     * keep them.
     */
    private short pagesTall(boolean landscape) {
        if (sheet.getRowBreaks().length > 0 || next == 0) {
            return 0;
        }
        float page = pageHeightPt(landscape);
        float total = heightPt(0, next - 1);
        int pages = (int) Math.ceil(total / page);
        if (pages < 2 || pages > 20) {
            return 0;
        }
        float last = total - (pages - 1) * page;
        return last < SHORT_LAST_PAGE * page ? (short) (pages - 1) : 0;
    }

    /**
     * The height in points of rows {@code from} to {@code to} as printed at 100 % (rows without a height of their own:
     * the default 15 pt). Kept here, not read from the rows: a streamed sheet has written its earlier rows out.
     */
    public float heightPt(int from, int to) {
        float sum = 0;
        for (int i = from; i <= to; i++) {
            sum += i < heights.length && heights[i] > 0 ? heights[i] : sheet.getDefaultRowHeightInPoints();
        }
        return sum;
    }

    /** Sets a row's height and remembers it for {@link #heightPt}. */
    private void height(Row row, float points) {
        row.setHeightInPoints(points);
        int i = row.getRowNum();
        if (i >= heights.length) {
            heights = java.util.Arrays.copyOf(heights, Math.max(i + 1, heights.length * 2));
        }
        heights[i] = points;
    }

    /** The sheet's width in characters (the sum of the column widths set). */
    public int widthChars() {
        return java.util.Arrays.stream(widths).sum();
    }

    /** SSB's symbol for a figure not available ("Oppgave mangler"): unknown, never 0. */
    public static final String NOT_AVAILABLE = "..";
    /** SSB's symbol for a figure withheld ("Vises ikke av konfidensialitetshensyn"): here, too few to show. */
    public static final String WITHHELD = ":";
    /** SSB's symbol for a figure that cannot be there ("Tall kan ikke forekomme"): here, a rank without enough peers. */
    public static final String NOT_APPLICABLE = ".";

    /** Characters of column width across a landscape A4 page at 100 %, within the margins of {@link #print}. */
    public static final double LANDSCAPE_CHARACTERS = 137;

    /**
     * Rows of an A4 page at the scale the sheet prints at when fitted to the page width (about 137 characters across a
     * landscape page, 93 across a portrait one, within the margins of {@link #print}), in points at 100 %.
     */
    public float pageHeightPt(boolean landscape) {
        double across = landscape ? LANDSCAPE_CHARACTERS : 93;
        double scale = Math.min(1.0, across / Math.max(1, widthChars()));
        double printable = landscape ? 480 : 730; // A4 less the top and bottom margins, header and footer
        return (float) (printable / scale);
    }

    /** Places a PNG with its top-left corner at column {@code col} of the next row; returns the rows it covers. */
    public int picture(byte[] png, int col, int widthPx, int heightPx) {
        int rows = pictureRows(heightPx);
        int first = reserve(rows);
        pictureAt(png, col, first);
        return rows;
    }

    /** Rows (15 pt each) a picture of this height covers. */
    public static int pictureRows(int heightPx) {
        return (int) Math.ceil(heightPx * 0.75 / 15.0) + 1; // 1 px = 0.75 pt at 96 dpi
    }

    /** Places a PNG with its top-left corner at column {@code col} of row {@code first} (rows already written). */
    public void pictureAt(byte[] png, int col, int first) {
        int index = workbook.addPicture(png, Workbook.PICTURE_TYPE_PNG);
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(col);
        anchor.setRow1(first);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        Picture picture = drawing.createPicture(anchor, index);
        picture.resize();
    }

    /** Cells of one row, left to right. */
    public final class RowWriter {

        private final Row row;
        private int col;

        RowWriter(Row row) {
            this.row = row;
        }

        public Row poiRow() {
            return row;
        }

        public RowWriter text(@Nullable String value) {
            return text(value, styles.text);
        }

        public RowWriter wrap(@Nullable String value) {
            return text(value, styles.wrap);
        }

        public RowWriter text(@Nullable String value, CellStyle style) {
            Cell c = row.createCell(col);
            SafeText.set(c, value == null ? "" : value, style, styles);
            if (value != null && styles.wraps(style)) {
                fitHeight(row, col, value);
            }
            col++;
            return this;
        }

        /** A number in the given style; a number not known is SSB's "..", never 0 and never an empty cell. */
        public RowWriter number(@Nullable Number value, CellStyle style) {
            if (!known(value)) {
                return symbol(NOT_AVAILABLE);
            }
            return numberOrGap(value, style);
        }

        /**
         * A number a chart reads: one not known is an empty cell, which the chart leaves as a gap (a text symbol would
         * be drawn as 0 by Excel). The reason stands in the row, beside it.
         */
        public RowWriter numberOrGap(@Nullable Number value, CellStyle style) {
            Cell c = row.createCell(col++);
            c.setCellStyle(style);
            if (known(value)) {
                c.setCellValue(value.doubleValue());
            }
            return this;
        }

        /** One of SSB's symbols for a number that is not there ({@link #NOT_AVAILABLE}, {@link #WITHHELD}). */
        public RowWriter symbol(String symbol) {
            SafeText.set(row.createCell(col++), symbol, styles.symbol, styles);
            return this;
        }

        private static boolean known(@Nullable Number value) {
            return value != null && !(value instanceof Double d && (d.isNaN() || d.isInfinite()));
        }

        public RowWriter integer(@Nullable Number value) {
            return number(value, styles.integer);
        }

        public RowWriter percent(@Nullable Double value) {
            return number(value, styles.percent);
        }

        /** A number as a source gives it: whole numbers without decimals, others with up to three. */
        public RowWriter flexible(@Nullable Number value) {
            boolean whole = value != null && value.doubleValue() == Math.rint(value.doubleValue());
            return number(value, whole ? styles.integer : styles.flexible);
        }

        /** A fact's value as the source gives it: a calendar year (founded_year ...) as a plain year, else a number. */
        public RowWriter fact(no.traineemonitor.source.Fact f) {
            if (no.traineemonitor.vocabulary.VocabularyService.isYear(f.metric()) && f.value() == Math.rint(f.value())) {
                return year((int) f.value());
            }
            return flexible(f.value());
        }

        /** A year or other code written as a plain number (no thousands separator). */
        public RowWriter year(@Nullable Integer value) {
            return number(value, styles.year);
        }

        public RowWriter date(LocalDateTime value) {
            Cell c = row.createCell(col++);
            c.setCellValue(value);
            c.setCellStyle(styles.dateTime);
            return this;
        }

        public RowWriter date(LocalDate value) {
            Cell c = row.createCell(col++);
            c.setCellValue(value);
            c.setCellStyle(styles.date);
            return this;
        }

        /** Any value: numbers as numbers, everything else as safe text. */
        public RowWriter value(@Nullable Object value) {
            return switch (value) {
                case null -> blank();
                case Integer i -> number(i, styles.integer);
                case Long l -> number(l, styles.integer);
                case Double d -> flexible(d);
                case LocalDateTime t -> date(t);
                case LocalDate d -> date(d);
                default -> text(value.toString());
            };
        }

        /** Wrapped text in a cell merged from here to the sheet's last column. */
        public RowWriter wrapToEnd(@Nullable String value) {
            int first = col;
            int last = Math.max(first, widths.length - 1);
            Cell c = row.createCell(col);
            SafeText.set(c, value == null ? "" : value, styles.wrap, styles);
            for (int i = first + 1; i <= last; i++) {
                row.createCell(i).setCellStyle(styles.wrap);
            }
            if (last > first) {
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
            }
            if (value != null) {
                int[] saved = widths;
                int[] joined = java.util.Arrays.copyOf(saved, first + 1);
                joined[first] = java.util.Arrays.stream(saved, first, last + 1).sum();
                widths = joined;
                fitHeight(row, first, value);
                widths = saved;
            }
            col = last + 1;
            return this;
        }

        public RowWriter blank() {
            row.createCell(col++).setCellStyle(styles.none);
            return this;
        }

        /** No cell at all: reads as an empty cell, and a streamed sheet of a million rows writes nothing for it. */
        public RowWriter skip() {
            col++;
            return this;
        }
    }
}
