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

    ProgrammeService(ProgrammeRepository repository) {
        this.repository = repository;
    }

    /** One programme by id. */
    public java.util.Optional<Programme> programme(String programmeId) {
        return repository.programmes(null, null, null).stream().filter(p -> p.programmeId().equals(programmeId)).findFirst();
    }

    /** Programmes, optionally only those of one 2024 county, one status and one type. */
    public List<Programme> programmes(@Nullable String county2024, @Nullable String status, @Nullable String type) {
        return repository.programmes(county2024, status, type);
    }
}
