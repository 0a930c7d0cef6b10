package no.traineemonitor.report.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import no.traineemonitor.base.export.ExportInfo;
import no.traineemonitor.base.export.ExportTable;
import no.traineemonitor.base.export.TableWorkbooks;
import no.traineemonitor.base.ui.Translations;
import no.traineemonitor.source.FactText;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A page's table as a one-sheet workbook, written with the reports' {@link SheetWriter}: title, filters, data version
 * and source on top, then the table with a frozen, filterable header, and under it the table's "About this table" block
 * (unit, sources, reference version, licence, citation) as on every workbook sheet; numbers as numbers (shares in 0.0 %), text from
 * data always text (never a formula), unknown an empty cell; A4 landscape fitted to the page width.
 */
@Component
public class TableWorkbook implements TableWorkbooks {

    private final Translations translations;

    TableWorkbook(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void write(ExportInfo info, ExportTable table, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyles styles = new CellStyles(wb);
            String name = WorkbookUtil.createSafeSheetName(info.title().length() > 31 ? info.title().substring(0, 31) : info.title());
            SheetWriter w = new SheetWriter(wb, name, styles);
            w.widths(widths(table));
            w.title(info.title());
            w.pair(info.labels().filters(), info.filters());
            w.pair(info.labels().dataVersion(), info.dataVersion());
            w.pair(info.labels().source(), info.source());
            w.blank();
            w.header(table.headers());
            for (List<@Nullable Object> row : table.rows()) {
                SheetWriter.RowWriter r = w.row();
                for (int i = 0; i < row.size(); i++) {
                    cell(r, row.get(i), table.columns().get(i).kind(), styles);
                }
            }
            w.endTable();
            if (info.metadata() != null) {
                w.about(info.metadata());
            }
            w.print(true, info.title(), texts(locale));
            wb.write(out);
        }
    }

    /**
     * Column widths in characters, set before the rows so that wrapped text gets a row height that fits: a text column
     * as wide as its longest value up to 30, a number column 10; never narrower than the longest word of its header.
     */
    static int[] widths(ExportTable table) {
        int[] widths = new int[Math.max(2, table.columns().size())];
        for (int i = 0; i < table.columns().size(); i++) {
            ExportTable.Column c = table.columns().get(i);
            int header = java.util.Arrays.stream(c.header().split("[\\s/]+")).mapToInt(String::length).max().orElse(0) + 2;
            int content = 10;
            if (c.kind() == ExportTable.Kind.TEXT) {
                final int col = i;
                content = Math.min(30, table.rows().stream().map(r -> r.get(col)).filter(java.util.Objects::nonNull)
                        .mapToInt(v -> v.toString().length() + 1).max().orElse(8));
            }
            widths[i] = Math.min(SheetWriter.MAX_HEADER_WIDTH, Math.max(header, content));
        }
        for (int i = table.columns().size(); i < widths.length; i++) {
            widths[i] = 12;
        }
        return widths;
    }

    private static void cell(SheetWriter.RowWriter r, @Nullable Object value, ExportTable.Kind kind, CellStyles styles) {
        if (!(value instanceof Number n)) {
            r.wrap(value == null ? null : value.toString());
            return;
        }
        switch (kind) {
            case INTEGER -> r.integer(n);
            case PERCENT -> r.percent(n.doubleValue());
            case YEAR -> r.year(n.intValue());
            default -> r.flexible(n);
        }
    }

    /** Only the page footer's words are needed ("Side 1 av 2"). */
    private Texts texts(Locale locale) {
        return Texts.of(translations::getTranslation, locale, t -> {
            throw new UnsupportedOperationException("a page's table has no facts to word");
        }, "report");
    }
}
