package no.traineemonitor.reporting;

import java.util.ArrayList;
import java.util.List;
import no.traineemonitor.record.RecordService;
import no.traineemonitor.record.StoredReturn;
import no.traineemonitor.warehouse.ReturnSource;
import no.traineemonitor.warehouse.ingest.ReturnRow;
import org.springframework.stereotype.Component;

/** The warehouse's view of the record: the figures of the returns in use, one row each. */
@Component
class RecordReturnSource implements ReturnSource {

    private final RecordService record;

    RecordReturnSource(RecordService record) {
        this.record = record;
    }

    @Override
    public List<ReturnRow> activeReturnRows() {
        List<ReturnRow> rows = new ArrayList<>();
        for (StoredReturn r : record.activeReturns()) {
            for (StoredReturn.Value v : r.values()) {
                rows.add(new ReturnRow(r.returnId(), r.programmeId(), r.year(), r.version(), r.by(), r.at().toString(),
                        r.fileSha256(), r.fileName(), v.metricId(), v.number(), v.text(), v.comment()));
            }
        }
        return rows;
    }

    @Override
    public String version() {
        return record.activeReturnsVersion();
    }
}
