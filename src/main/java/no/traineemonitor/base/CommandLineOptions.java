package no.traineemonitor.base;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.traineemonitor.cli.UserFacingException;
import org.jspecify.annotations.Nullable;

/** {@code --name=value} options of a subcommand; unknown names and malformed values are reported by name. */
public final class CommandLineOptions {

    private final Map<String, String> values;

    private CommandLineOptions(Map<String, String> values) {
        this.values = values;
    }

    public static CommandLineOptions parse(List<String> args, List<String> known) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--traineemonitor.") || arg.startsWith("--spring.") || arg.startsWith("--logging.")) {
                continue; // Spring properties, handled by Spring
            }
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new UserFacingException("Unexpected argument '" + arg + "': options have the form --name=value ("
                        + String.join(", ", known) + ")");
            }
            String name = arg.substring(2, arg.indexOf('='));
            if (!known.contains(name)) {
                throw new UserFacingException("Unknown option '--" + name + "'. Known: --" + String.join(", --", known));
            }
            String value = arg.substring(arg.indexOf('=') + 1).strip();
            if (!value.isEmpty()) {
                values.put(name, value);
            }
        }
        return new CommandLineOptions(values);
    }

    public @Nullable String get(String name) {
        return values.get(name);
    }

    public String required(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new UserFacingException("Missing option --" + name + "=...");
        }
        return v;
    }

    public @Nullable Integer integer(String name) {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new UserFacingException("Option --" + name + " must be a whole number, got '" + v + "'");
        }
    }
}
