package no.traineemonitor.source;

import org.jspecify.annotations.Nullable;

/** A source document and how much of the warehouse cites it. */
public record SourceDocument(String sourceFile, String title, @Nullable String publisher, @Nullable Integer year,
                             long facts, long surveyCells, long programmes) {

    /** How a reader knows the document: "Kartlegging av regionale traineeordninger (Nordlandsforskning, 2021)". */
    public String label() {
        String by = java.util.stream.Stream.of(publisher, year == null ? null : String.valueOf(year))
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(", "));
        return by.isEmpty() ? title : title + " (" + by + ")";
    }
}
