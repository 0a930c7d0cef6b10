package no.traineemonitor.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** Writes a page's table as an .xlsx workbook (implemented with the report's workbook helpers). */
public interface TableWorkbooks {

    void write(ExportInfo info, ExportTable table, Locale locale, OutputStream out) throws IOException;
}
