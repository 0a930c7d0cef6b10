package no.traineemonitor.warehouse;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where a build takes the imported reference versions from (SSB tables imported with {@code ./tm reference import} or on
 * {@code /admin}), kept beside the database and never in sample-data. A build without one has version 1 only.
 */
public interface ReferenceVersionSource {

    /**
     * Loads every stored version, in the order imported, into a warehouse whose sample data was just loaded, on the
     * caller's transaction; returns how many.
     */
    int loadAll(Connection connection) throws SQLException;

    /** A short hash of the stored versions: part of the warehouse's data version, so an import rebuilds it. */
    String version();

    /** The folder the versions are kept in (copied by {@code backup}, put back by {@code restore}). */
    java.nio.file.Path folder();
}
