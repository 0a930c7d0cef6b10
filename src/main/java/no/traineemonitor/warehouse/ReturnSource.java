package no.traineemonitor.warehouse;

import java.util.List;
import no.traineemonitor.warehouse.ingest.ReturnRow;

/**
 * Where a build takes the yearly returns from: the record (data/record), which the warehouse never owns. A build
 * without one (tests, a fresh file) has no returns.
 */
public interface ReturnSource {

    /** Every figure of the returns in use: the newest version per programme and year that was not withdrawn. */
    List<ReturnRow> activeReturnRows();

    /** A short hash of the returns in use: part of the warehouse's data version, so a change rebuilds it. */
    String version();
}
