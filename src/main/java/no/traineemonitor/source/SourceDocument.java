package no.traineemonitor.source;

import org.jspecify.annotations.Nullable;

/** A source document and how much of the warehouse cites it. */
public record SourceDocument(String sourceFile, String title, @Nullable String publisher, @Nullable Integer year,
                             long facts, long surveyCells, long programmes) {
}
