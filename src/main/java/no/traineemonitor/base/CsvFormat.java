package no.traineemonitor.base;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The two kinds of CSV the app writes (option {@code --csv=excel-nb|rfc4180}):
 * <ul>
 *   <li>{@code excel-nb}: for a spreadsheet set up for Norway (Excel, LibreOffice): UTF-8 with a byte-order mark (so
 *       æøå survive a double-click), {@code ;} between fields (the list separator of a Norwegian Windows, where the
 *       comma is the decimal sign) and decimal commas; the header row names the columns in the reader's language;</li>
 *   <li>{@code rfc4180}: plain RFC 4180 for programs: UTF-8 without a byte-order mark, commas, decimal points, the
 *       warehouse's own column names (docs/data-dictionary.md).</li>
 * </ul>
 * Both end lines with CRLF and quote a field that holds the separator, a quote or a line break.
 */
public enum CsvFormat {

    EXCEL_NB("excel-nb", ';', true, true),
    RFC4180("rfc4180", ',', false, false);

    private final String option;
    private final char separator;
    private final boolean byteOrderMark;
    private final boolean decimalComma;

    CsvFormat(String option, char separator, boolean byteOrderMark, boolean decimalComma) {
        this.option = option;
        this.separator = separator;
        this.byteOrderMark = byteOrderMark;
        this.decimalComma = decimalComma;
    }

    /** The value of {@code --csv=}: "excel-nb" or "rfc4180". */
    public String option() {
        return option;
    }

    public char separator() {
        return separator;
    }

    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /** Whether the header row names columns in the reader's language (else the warehouse's column names). */
    public boolean labelledHeader() {
        return this == EXCEL_NB;
    }

    /** A plain machine number ("0.913", "-2.5", "12") as this format writes it ("0,913" for excel-nb). */
    public String number(String plain) {
        return decimalComma ? plain.replace('.', ',') : plain;
    }

    /** The default download of a page in this language: excel-nb on Norwegian pages, plain RFC 4180 on English ones. */
    public static CsvFormat defaultFor(Locale locale) {
        return "en".equals(locale.getLanguage()) ? RFC4180 : EXCEL_NB;
    }

    /** From an option value; an unknown one is refused with the values allowed. */
    public static CsvFormat ofOption(String value) {
        return Arrays.stream(values()).filter(f -> f.option.equals(value.strip().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown CSV format '" + value + "': use "
                        + Arrays.stream(values()).map(CsvFormat::option).collect(Collectors.joining(" or "))));
    }
}
