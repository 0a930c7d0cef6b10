/**
 * The system of record: what people put into Traineemonitor (users, yearly returns with their uploaded files,
 * withdrawals) and the audit trail (sign-ins, downloads). Kept apart from the warehouse, which is rebuilt from
 * {@code sample-data/} and from this record whenever either changes: an append-only log ({@code log.jsonl}, one JSON
 * event per line, each carrying the hash of the line before it) and the uploaded files, stored under their SHA-256.
 * See docs/yearly-returns.md.
 */
@NullMarked
package no.traineemonitor.record;

import org.jspecify.annotations.NullMarked;
