package no.traineemonitor.warehouse.ingest;

import java.util.List;
import java.util.stream.Collectors;
import no.traineemonitor.cli.UserFacingException;

/** The input has problems; nothing was loaded. The message lists them (the first 50) as file:line: what. */
public class LoadRejectedException extends UserFacingException {

    private static final int SHOWN = 50;
    private final List<LoadProblem> problems;

    public LoadRejectedException(List<LoadProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<LoadProblem> problems() {
        return problems;
    }

    private static String describe(List<LoadProblem> problems) {
        String shown = problems.stream().limit(SHOWN).map(p -> "  " + p).collect(Collectors.joining(System.lineSeparator()));
        String more = problems.size() > SHOWN ? System.lineSeparator() + "  ... and " + (problems.size() - SHOWN) + " more" : "";
        return "The sample data has " + problems.size() + " problem(s); nothing was loaded:" + System.lineSeparator() + shown + more;
    }
}
