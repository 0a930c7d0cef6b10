package no.traineemonitor.source;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;

/** Where every number comes from: the source documents and the facts cited from them. */
@Service
public class SourceService {

    private final SourceRepository repository;

    SourceService(SourceRepository repository) {
        this.repository = repository;
    }

    public List<SourceDocument> documents() {
        return repository.documents();
    }

    /** The facts behind an indicator value (its fact ids); reference-data pseudo-facts have no row here. */
    public List<Fact> facts(Collection<String> factIds) {
        return repository.factsById(factIds.stream().filter(id -> !id.startsWith("ref:")).toList());
    }

    public List<Fact> factsOfProgramme(String programmeId) {
        return repository.factsByProgramme(programmeId);
    }

    public List<Fact> factsOfDocument(String sourceFile) {
        return repository.factsByDocument(sourceFile);
    }
}
