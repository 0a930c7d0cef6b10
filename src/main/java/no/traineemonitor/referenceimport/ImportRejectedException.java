package no.traineemonitor.referenceimport;

import java.util.List;

/** An import refused: every problem found, nothing stored and nothing changed. */
public class ImportRejectedException extends RuntimeException {

    private final transient List<Problem> problems;

    public ImportRejectedException(List<Problem> problems) {
        super(problems.size() + " problem(s): " + problems.getFirst().key() + " " + problems.getFirst().params());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
