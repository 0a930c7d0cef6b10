package no.traineemonitor.programme;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Programmes: trainee programmes, competence pilots and pre-studies with status, county and host. */
@Service
public class ProgrammeService {

    public static final List<String> STATUSES = List.of("active", "paused", "proposed", "closed", "unknown");
    public static final List<String> TYPES = List.of("trainee_programme", "competence_pilot", "pre_study");

    private final ProgrammeRepository repository;
    private volatile @Nullable Programmes cache;

    /** Every programme in the warehouse's order, and by id. */
    private record Programmes(List<Programme> all, Map<String, Programme> byId) {
    }

    /** A yearly return changed the warehouse: the programme list (with its fact counts) is read again. */
    @org.springframework.context.event.EventListener
    void warehouseChanged(no.traineemonitor.warehouse.WarehouseChanged event) {
        dataChanged();
    }

    ProgrammeService(ProgrammeRepository repository) {
        this.repository = repository;
    }

    /** One programme by id. */
    public java.util.Optional<Programme> programme(String programmeId) {
        return java.util.Optional.ofNullable(programmes().byId().get(programmeId));
    }

    /** Forgets the programmes read from the warehouse: call it when the warehouse's data has changed. */
    public void dataChanged() {
        cache = null;
    }

    /** Programmes, optionally only those of one 2024 county, one status and one type. */
    public List<Programme> programmes(@Nullable String county2024, @Nullable String status, @Nullable String type) {
        return all().stream()
                .filter(p -> county2024 == null || county2024.equals(p.countyNumber2024()))
                .filter(p -> status == null || status.equals(p.status()))
                .filter(p -> type == null || type.equals(p.type()))
                .toList();
    }

    /** Every programme, read once per data version ({@link #dataChanged()}). */
    private List<Programme> all() {
        return programmes().all();
    }

    private Programmes programmes() {
        Programmes cached = cache;
        if (cached == null) {
            List<Programme> all = repository.programmes(null, null, null);
            cached = new Programmes(all, all.stream().collect(Collectors.toUnmodifiableMap(Programme::programmeId, p -> p)));
            cache = cached;
        }
        return cached;
    }
}
