package no.traineemonitor.report.workbook;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import no.traineemonitor.base.export.TableMetadata;

/**
 * The part of every sheet's "Om tabellen / About this table" block that is the same for the whole workbook (reference
 * version, data version, subject, day); each sheet writer adds its own unit and sources with {@link #about}.
 *
 * @param documents the documents (by title, never a file name) the given fact ids come from
 */
public record SheetMetadata(Texts texts, TableMetadata.Reference reference, String subject, String dataVersion,
                            LocalDate retrieved, Function<Collection<String>, List<String>> documents) {

    /** For a workbook of the given subject, from the cover's facts and its reference version in the reader's words. */
    public static SheetMetadata of(Texts t, ReportInfo info, TableMetadata.Reference reference,
                                   Function<Collection<String>, List<String>> documents) {
        return new SheetMetadata(t, reference, info.subject(), info.dataVersion(), info.generatedAt().toLocalDate(), documents);
    }

    /** The block of one sheet: its unit ({@code meta.unit.KEY}), the documents behind its facts and the SSB tables it uses. */
    public TableMetadata about(String sheetName, String unitKey, Collection<String> factIds, TableMetadata.Ssb... ssb) {
        return aboutDocuments(sheetName, unitKey, documents.apply(factIds),
                TableMetadata.tables(factIds, List.of(ssb)).toArray(TableMetadata.Ssb[]::new));
    }


    /** As {@link #about}, with the documents already by title. */
    public TableMetadata aboutDocuments(String sheetName, String unitKey, Collection<String> documentTitles,
                                        TableMetadata.Ssb... ssb) {
        return TableMetadata.of(texts::shared, texts.shared("meta.unit." + unitKey), documentTitles, List.of(ssb), reference,
                sheetName, subject, dataVersion, retrieved, Integer.MAX_VALUE);
    }
}
