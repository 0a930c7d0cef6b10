package no.traineemonitor.base.export;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Where a page's table says its figures come from: the reference version in use and the documents behind fact ids
 * (implemented where reference and source data are known, so base needs neither).
 */
public interface TableSources {

    /** The reference version every population figure comes from now, in the reader's words. */
    TableMetadata.Reference reference(Locale locale);

    /** The documents the facts come from, by title, publisher and year (never a file name); reference pseudo-facts have none. */
    List<String> documents(Collection<String> factIds);

    /** The data version in use ("" when the warehouse has none): what a table's citation names. */
    String dataVersion();
}
