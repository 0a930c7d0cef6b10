package no.traineemonitor.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.traineemonitor.cli.CommandSpec.Option;
import org.jspecify.annotations.Nullable;

/**
 * The checked arguments of one command: its options ({@code --name=value}, each declared in its {@link CommandSpec})
 * and the {@code --traineemonitor.*} properties for its Spring context. Parsing refuses, all at once and before any
 * work, an argument that is not {@code --name=value}, an unknown option or property, one given twice, an empty value,
 * a value outside the declared choices or not a whole number where one is needed, and a missing required option.
 */
public final class Options {

    private final Map<String, String> values;
    private final Map<String, String> properties;

    private Options(Map<String, String> values, Map<String, String> properties) {
        this.values = values;
        this.properties = properties;
    }

    /**
     * Parses {@code args} against the command's declared options and the {@code properties} any command takes.
     *
     * @throws UserFacingException naming every bad argument, one per line
     */
    public static Options parse(CommandSpec spec, List<String> args, List<Option> properties) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> given = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            Option flag = arg.startsWith("--") ? spec.option(eq < 0 ? arg.substring(2) : arg.substring(2, eq)) : null;
            if (flag != null && flag.flag()) {
                if (eq >= 0) {
                    errors.add("--" + flag.name() + " takes no value: write it alone (" + flag.help() + ")");
                } else if (values.putIfAbsent(flag.name(), "true") != null) {
                    errors.add("--" + flag.name() + " is given twice: give it once");
                }
                continue;
            }
            if (!arg.startsWith("--") || eq < 0) {
                Option declared = arg.startsWith("--") ? spec.option(arg.substring(2)) : null;
                errors.add(declared != null ? "Option --" + declared.name() + " needs a value: " + declared.usage()
                        : "Unexpected argument '" + arg + "': options have the form --name=value");
                continue;
            }
            String name = arg.substring(2, eq);
            String value = arg.substring(eq + 1).strip();
            boolean property = name.contains(".");
            List<Option> known = property ? properties : spec.options();
            Option option = known.stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
            if (option == null) {
                errors.add((property ? "Unknown property --" : "Unknown option --") + name
                        + didYouMean(name, known.stream().map(Option::name).toList()));
                continue;
            }
            Map<String, String> target = property ? given : values;
            String before = target.putIfAbsent(name, value);
            if (before != null) {
                errors.add("--" + name + " is given twice ('" + before + "' and '" + value + "'): give it once");
            } else if (value.isEmpty()) {
                errors.add("--" + name + " has no value: " + option.usage());
            } else {
                check(option, value, errors);
            }
        }
        for (Option option : spec.options()) {
            if (option.mandatory() && !values.containsKey(option.name())) {
                errors.add("Missing option " + option.usage() + " (" + option.help() + ")");
            }
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(String.join(System.lineSeparator(), errors) + System.lineSeparator()
                    + "See ./tm " + spec.name() + " --help");
        }
        return new Options(values, given);
    }

    private static void check(Option option, String value, List<String> errors) {
        if (!option.choices().isEmpty() && !option.choices().contains(value)) {
            errors.add("--" + option.name() + "=" + value + " is not one of " + String.join(", ", option.choices())
                    + " (" + option.help() + ")");
        } else if (option.number() && !value.matches("-?\\d{1,9}")) {
            errors.add("--" + option.name() + " must be a whole number, got '" + value + "'");
        }
    }

    /** The closest known name when the given one looks like a slip of the keyboard, as "; did you mean --X?". */
    private static String didYouMean(String name, Collection<String> known) {
        return known.stream().filter(k -> distance(k, name) <= Math.max(2, name.length() / 4))
                .min(Comparator.comparingInt(k -> distance(k, name)))
                .map(k -> "; did you mean --" + k + "?").orElse(known.isEmpty() ? "" : "; known: --" + String.join(", --", known));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    /** The option's value, or null when it was not given. */
    public @Nullable String get(String name) {
        return values.get(name);
    }

    /** Whether a {@link Option#flag() flag} was given. */
    public boolean flag(String name) {
        return values.containsKey(name);
    }

    /** The value of an option declared required (parsing has made sure it is there). */
    public String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("--" + name + " is not declared required");
        }
        return value;
    }

    /** The value of an option declared {@link Option#wholeNumber()}, or null when it was not given. */
    public @Nullable Integer integer(String name) {
        String value = values.get(name);
        return value == null ? null : Integer.valueOf(value);
    }

    /** The {@code --traineemonitor.*} properties given, as Spring command-line arguments. */
    String[] springArguments() {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }
}
