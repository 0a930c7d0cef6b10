package no.traineemonitor.base.export;

/**
 * What every exported file says about itself, in the reader's language: its title, the filters of the page, the data
 * version it was made from and the source line; and the file name (without extension) that says what it is.
 */
public record ExportInfo(String title, String filters, String dataVersion, String source, String fileName,
                         Labels labels) {

    /** The words in front of each line ("Tittel", "Utvalg", "Dataversjon", "Kilde"). */
    public record Labels(String title, String filters, String dataVersion, String source) {
    }
}
