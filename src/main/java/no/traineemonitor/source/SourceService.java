package no.traineemonitor.source;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;

/** Where every number comes from: the source documents and the facts cited from them. */
@Service
public class SourceService {

    private final SourceRepository repository;
    /** Read once per process: the documents change only when data is loaded, with the server stopped. */
    private volatile @org.jspecify.annotations.Nullable List<SourceDocument> documents;

    SourceService(SourceRepository repository) {
        this.repository = repository;
    }

    public List<SourceDocument> documents() {
        List<SourceDocument> cached = documents;
        if (cached == null) {
            cached = repository.documents();
            documents = cached;
        }
        return cached;
    }

    /** A document as readers know it (title, publisher, year), never its file name; the name itself if unknown. */
    public String documentLabel(String sourceFile) {
        return documents().stream().filter(d -> d.sourceFile().equals(sourceFile)).findFirst()
                .map(SourceDocument::label).orElse(sourceFile);
    }

    /** The titles of the documents a set of facts comes from, each once, sorted (reference-data pseudo-facts have none). */
    public List<String> documentLabels(Collection<String> factIds) {
        List<String> files = repository.sourceFilesOf(factIds.stream().filter(id -> !id.startsWith("ref:")).toList());
        return files.stream().map(this::documentLabel).distinct().sorted().toList();
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
