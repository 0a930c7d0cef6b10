/**
 * Open data out: the warehouse's published views and the tables needed to read them, written as Parquet for other
 * engines (DuckDB, Trino, Spark, DuckLake) with a manifest of row counts and checksums (docs/scaling.md).
 */
@NullMarked
package no.traineemonitor.opendata;

import org.jspecify.annotations.NullMarked;
