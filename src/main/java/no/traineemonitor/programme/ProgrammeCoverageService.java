package no.traineemonitor.programme;

import java.util.Optional;
import org.springframework.stereotype.Service;

/** A programme's coverage: the municipalities it reaches, with population and centrality, for its profile. */
@Service
public class ProgrammeCoverageService {

    private final ProgrammeCoverageRepository repository;

    ProgrammeCoverageService(ProgrammeCoverageRepository repository) {
        this.repository = repository;
    }

    /** Placement model, minimum education and covered municipalities of one programme; empty for an unknown id. */
    public Optional<ProgrammeCoverage> coverage(String programmeId) {
        return repository.coverage(programmeId);
    }
}
