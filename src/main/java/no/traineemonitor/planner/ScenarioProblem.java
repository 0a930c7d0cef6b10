package no.traineemonitor.planner;

import java.util.List;

/**
 * Something wrong with the scenario a user asked for: which field, and a message key of the planner's bundle with its
 * arguments, so the form can say what and where in the user's language.
 *
 * @param field one of the parameter names of {@link ScenarioParameters}
 */
public record ScenarioProblem(String field, String messageKey, List<String> arguments) {

    public ScenarioProblem(String field, String messageKey, String... arguments) {
        this(field, messageKey, List.of(arguments));
    }
}
