package no.traineemonitor.report.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of every report workbook, made once per workbook (Excel allows about 64 000 styles per file; a
 * style per cell would exhaust them in a large extract).
 *
 * <p><b>Norwegian number formats.</b> A format code in an .xlsx file is locale-neutral: {@code ,} means "thousands
 * separator" and {@code .} "decimal separator", and Excel and LibreOffice draw them with the reader's own separators.
 * So {@link #INTEGER} ({@code #,##0}) shows as {@code 1 234 567} and {@link #PERCENT} ({@code 0.0 %}) as
 * {@code 91,0 %} on a Norwegian machine, which is what a funder in Norway sees. Writing the Norwegian picture itself
 * ({@code # ##0}, {@code 0,0 %}) would be wrong: Excel would read the space as a literal and the comma as a
 * thousands separator (91 % would show as "91 %" with no decimal, 1 234 567 as "1234 567"). Dates use an explicit
 * Norwegian order ({@code dd.mm.yyyy}), which reads the same everywhere.
 */
public final class CellStyles {

    /** Whole numbers: counts, kroner, inhabitants. */
    public static final String INTEGER = "#,##0";
    /** Numbers with decimals (ratios such as applicants per position, per 10 000 inhabitants). */
    public static final String DECIMAL = "#,##0.00";
    /** A number as the source gives it, up to three decimals (facts: 0.62, 1.5). */
    public static final String FLEXIBLE = "#,##0.0##";
    /** Shares, stored as fractions (0.91) and shown in percent with one decimal. */
    public static final String PERCENT = "0.0 %";
    /** Amounts in kroner. */
    public static final String NOK = "#,##0 \"kr\"";
    /** A difference, with its sign (percentage points for shares). */
    public static final String SIGNED = "+#,##0.0;-#,##0.0;0.0";
    /** Years and codes: digits only, no thousands separator (2 020 would be wrong). */
    public static final String YEAR = "0";
    public static final String DATE = "dd.mm.yyyy";
    public static final String DATE_TIME = "dd.mm.yyyy hh:mm";

    /**
     * The workbook's default style, set on empty cells: a cell without a style of its own makes a streamed sheet look up
     * its column's style in the sheet's XML on every write.
     */
    public final CellStyle none;
    public final CellStyle title;
    public final CellStyle subtitle;
    public final CellStyle note;
    public final CellStyle header;
    public final CellStyle label;
    public final CellStyle text;
    public final CellStyle wrap;
    /** Text that starts like a formula (= + - @): marked "quote prefix", so Excel keeps it as text even when edited. */
    public final CellStyle quotedText;
    public final CellStyle integer;
    /** A whole number beside texts (cover, profile). */
    public final CellStyle integerLeft;
    public final CellStyle decimal;
    public final CellStyle flexible;
    public final CellStyle percent;
    public final CellStyle nok;
    public final CellStyle year;
    public final CellStyle signed;
    public final CellStyle date;
    public final CellStyle dateTime;
    /** The mark beside a value withheld because n is small. */
    public final CellStyle suppressed;
    /** SSB's symbol in place of a number that is not there ("..", ":"), right-aligned like the numbers. */
    public final CellStyle symbol;
    /** A highlighted text (the report's own programme in a benchmark). */
    public final CellStyle strong;

    /** One font family for the whole workbook: Arial is in every Excel, and LibreOffice draws it with the same metrics. */
    public static final String FONT = "Arial";

    public CellStyles(Workbook wb) {
        DataFormat formats = wb.createDataFormat();
        Font normal = wb.getFontAt(0); // the workbook's default font, used by every cell without a font of its own
        normal.setFontName(FONT);
        normal.setFontHeightInPoints((short) 10);
        none = wb.getCellStyleAt(0);
        texts = SharedTexts.of(wb);
        Font bold = font(wb);
        bold.setBold(true);
        Font big = font(wb);
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font grey = font(wb);
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
        Font red = font(wb);
        red.setItalic(true);
        red.setColor(IndexedColors.DARK_RED.getIndex());

        title = wb.createCellStyle();
        title.setFont(big);
        subtitle = wb.createCellStyle();
        subtitle.setFont(grey);
        note = wb.createCellStyle();
        note.setFont(grey);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        label = wb.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        strong = wb.createCellStyle();
        strong.setFont(bold);
        strong.setVerticalAlignment(VerticalAlignment.TOP);
        strong.setIndention((short) 1);
        // the workbook's default style looks like plain text too, for Excel; but plain text needs a style of its own:
        // a streamed sheet writes a cell of the default style without a style, and LibreOffice then draws it at the
        // bottom of a tall row and without the indent
        none.setVerticalAlignment(VerticalAlignment.TOP);
        none.setIndention((short) 1);
        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        text.setIndention((short) 1); // text after a right-aligned number would otherwise touch it
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        wrap.setIndention((short) 1);
        quotedText = wb.createCellStyle();
        quotedText.setQuotePrefixed(true);
        quotedText.setWrapText(true);
        quotedText.setVerticalAlignment(VerticalAlignment.TOP);
        quotedText.setIndention((short) 1);
        integer = number(wb, formats, INTEGER);
        integerLeft = number(wb, formats, INTEGER);
        integerLeft.setAlignment(HorizontalAlignment.LEFT);
        integerLeft.setIndention((short) 1);
        decimal = number(wb, formats, DECIMAL);
        flexible = number(wb, formats, FLEXIBLE);
        percent = number(wb, formats, PERCENT);
        nok = number(wb, formats, NOK);
        year = number(wb, formats, YEAR);
        signed = number(wb, formats, SIGNED);
        year.setAlignment(HorizontalAlignment.LEFT);
        date = number(wb, formats, DATE);
        date.setAlignment(HorizontalAlignment.LEFT);
        dateTime = number(wb, formats, DATE_TIME);
        dateTime.setAlignment(HorizontalAlignment.LEFT);
        suppressed = wb.createCellStyle();
        suppressed.setFont(red);
        suppressed.setWrapText(true);
        suppressed.setVerticalAlignment(VerticalAlignment.TOP);
        suppressed.setIndention((short) 1);
        symbol = wb.createCellStyle();
        symbol.setFont(normal);
        symbol.setAlignment(HorizontalAlignment.RIGHT);
        symbol.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static Font font(Workbook wb) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) 10);
        return f;
    }

    private static CellStyle number(Workbook wb, DataFormat formats, String code) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(formats.getFormat(code));
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private final java.util.Map<CellStyle, Boolean> wraps = new java.util.IdentityHashMap<>();
    /** The workbook's texts already written (an in-memory workbook's only): see {@link SharedTexts}. */
    final @org.jspecify.annotations.Nullable SharedTexts texts;

    /** Whether a style wraps its text, asked once per style (each ask reads the style's XML). */
    public boolean wraps(CellStyle style) {
        return wraps.computeIfAbsent(style, CellStyle::getWrapText);
    }
}
