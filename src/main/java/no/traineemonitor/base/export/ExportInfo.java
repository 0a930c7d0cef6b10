package no.traineemonitor.base.export;

import org.jspecify.annotations.Nullable;

/**
 * What every exported file says about itself, in the reader's language: its title, the filters of the page, the data
 * version it was made from and the source line; the file name (without extension) that says what it is; and for a
 * table, what StatBank says under a table (unit, sources, reference version and date, licence, citation).
 */
public record ExportInfo(String title, String filters, String dataVersion, String source, String fileName,
                         Labels labels, @Nullable TableMetadata metadata) {

    /** A file without the table's metadata block (a chart). */
    public ExportInfo(String title, String filters, String dataVersion, String source, String fileName, Labels labels) {
        this(title, filters, dataVersion, source, fileName, labels, null);
    }

    /** The words in front of each line ("Tittel", "Utvalg", "Dataversjon", "Kilde"). */
    public record Labels(String title, String filters, String dataVersion, String source) {
    }
}
