package no.traineemonitor.warehouse.ingest;

import org.jspecify.annotations.Nullable;

/**
 * One figure of a yearly return as the warehouse load takes it (staged as {@code stg_returns}, turned into facts by
 * {@code sql/load/35_returns.sql}). The record (data/record) is where returns live; the warehouse is rebuilt from it.
 *
 * @param submittedAt ISO timestamp (UTC)
 */
public record ReturnRow(long returnId, String programmeId, int year, int version, String submittedBy, String submittedAt,
                        String fileSha256, String fileName, String metricId, @Nullable Long number, @Nullable String text,
                        @Nullable String comment) {
}
