package no.traineemonitor.programme;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Programmes: trainee programmes, competence pilots and pre-studies with status, county and host. */
@Service
public class ProgrammeService {

    public static final List<String> STATUSES = List.of("active", "paused", "proposed", "closed", "unknown");
    public static final List<String> TYPES = List.of("trainee_programme", "competence_pilot", "pre_study");

    private final ProgrammeRepository repository;
    private volatile @Nullable List<Programme> programmes;

    /** A yearly return changed the warehouse: the programme list (with its fact counts) is read again. */
    @org.springframework.context.event.EventListener
    void warehouseChanged(no.traineemonitor.warehouse.WarehouseChanged event) {
        programmes = null;
    }

    ProgrammeService(ProgrammeRepository repository) {
        this.repository = repository;
    }

    /** One programme by id. */
    public java.util.Optional<Programme> programme(String programmeId) {
        return all().stream().filter(p -> p.programmeId().equals(programmeId)).findFirst();
    }

    /** Programmes, optionally only those of one 2024 county, one status and one type. */
    public List<Programme> programmes(@Nullable String county2024, @Nullable String status, @Nullable String type) {
        return all().stream()
                .filter(p -> county2024 == null || county2024.equals(p.countyNumber2024()))
                .filter(p -> status == null || status.equals(p.status()))
                .filter(p -> type == null || type.equals(p.type()))
                .toList();
    }

    /**
     * Every programme, read once: the warehouse only changes when it is loaded, and a load runs with the server
     * stopped (DuckDB allows one writer), so the list cannot go stale while the server runs.
     */
    private List<Programme> all() {
        List<Programme> cached = programmes;
        if (cached == null) {
            cached = repository.programmes(null, null, null);
            programmes = cached;
        }
        return cached;
    }
}
