package no.traineemonitor.base.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What StatBank says under every table, in the reader's language: the unit of the columns, the documents and SSB tables
 * the figures come from, the reference version and its date, the licence, and a suggested citation. One record for a
 * workbook sheet (report/workbook), a page's table on screen (base/ui) and the page's CSV and XLSX downloads.
 *
 * @param heading  "Om tabellen" / "About this table"
 * @param lines    label and text: unit, sources, reference data, licence (in that order)
 * @param citation the suggested citation, as label and text
 */
public record TableMetadata(String heading, List<Line> lines, Line citation) {

    public TableMetadata {
        lines = List.copyOf(lines);
    }

    /** One line of the block: "Enhet" and "Andel i prosent; antall personer". */
    public record Line(String label, String text) {
    }

    /** Words by full key (the {@code meta.*} keys of the export bundle): a page's getTranslation, a report's Texts::shared. */
    @FunctionalInterface
    public interface Words {
        String get(String key, Object... params);
    }

    /** The reference version as the reader sees it: number, title, date of the figures and licence, already worded. */
    public record Reference(int id, String title, String date, String licence) {
    }

    /** The SSB tables and classifications a table can use, each with its {@code meta.ssb.*} words. */
    public enum Ssb {
        POPULATION("07459"), COMMUTING("03321"), CENTRALITY("klass-128"), MUNICIPALITIES("klass-131"), BA_REGIONS("ba");

        private final String key;

        Ssb(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    /**
     * The block for one table.
     *
     * @param unit        the unit(s) of its columns, in words
     * @param documents   the documents its figures come from, by title (never a file name)
     * @param ssb         the SSB tables it uses
     * @param title       what the table is (the sheet's or the table's title)
     * @param subject     the county, programme or selection ("" when none)
     * @param dataVersion the warehouse's data version
     * @param retrieved   the day the table was made
     * @param maxDocuments documents named in full; the rest are counted ("og 4 dokumenter til"), so a line stays short
     */
    public static TableMetadata of(Words w, String unit, Collection<String> documents, Collection<Ssb> ssb, Reference reference,
                                   String title, String subject, String dataVersion, LocalDate retrieved, int maxDocuments) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(w.get("meta.unit"), unit));
        lines.add(new Line(w.get("meta.sources"), sources(w, documents, ssb, maxDocuments)));
        lines.add(new Line(w.get("meta.reference"), w.get("meta.reference-value", reference.title(), reference.id(), reference.date())));
        lines.add(new Line(w.get("meta.licence"), w.get("meta.licence-value", reference.licence())));
        String about = subject.isBlank() ? title : title + ", " + subject;
        String citation = w.get("meta.citation-value", String.valueOf(retrieved.getYear()), about, dataVersion, reference.id(),
                retrieved.getDayOfMonth() + "." + retrieved.getMonthValue() + "." + retrieved.getYear());
        return new TableMetadata(w.get("meta.heading"), lines, new Line(w.get("meta.citation"), citation));
    }

    /** The SSB tables given, and SSB's population table where the facts include reference population (hires per inhabitant). */
    public static List<Ssb> tables(Collection<String> factIds, Collection<Ssb> ssb) {
        List<Ssb> tables = new ArrayList<>(ssb);
        if (factIds.stream().anyMatch(id -> id.startsWith("ref:population"))) {
            tables.add(Ssb.POPULATION);
        }
        return tables;
    }

    /** "Kartlegging av regionale traineeordninger (Nordlandsforskning, 2021); SSB 07459 folkemengde". */
    static String sources(Words w, Collection<String> documents, Collection<Ssb> ssb, int maxDocuments) {
        List<String> parts = new ArrayList<>();
        Set<String> titles = new LinkedHashSet<>(documents);
        titles.stream().limit(maxDocuments).forEach(parts::add);
        if (titles.size() > maxDocuments) {
            parts.add(w.get("meta.more-documents", titles.size() - maxDocuments));
        }
        new LinkedHashSet<>(ssb).forEach(s -> parts.add(w.get("meta.ssb." + s.key())));
        return parts.isEmpty() ? w.get("meta.no-sources") : String.join("; ", parts);
    }

    /** All lines, the citation last. */
    public List<Line> allLines() {
        List<Line> all = new ArrayList<>(lines);
        all.add(citation);
        return all;
    }

    /** The lines as one text: "Enhet: …. Kilder: …. …" (a CSV cell, a screen reader's summary). */
    public String oneLine() {
        return String.join(" · ", lines.stream().map(l -> l.label() + ": " + l.text()).toList());
    }
}
