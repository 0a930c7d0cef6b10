package no.traineemonitor.cli;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a command is and which options it takes, as data: {@code --help}, the committed help files in
 * {@code docs/commands/} and the validation of the arguments all come from here, before Spring starts.
 *
 * @param name    the word(s) typed after the jar: {@code load}, or two words such as {@code report county}
 * @param summary one line for the list of commands
 * @param about   a few sentences for the command's own help
 * @param access  what the command does with the database
 * @param options the command's own options ({@code --traineemonitor.*} properties are common to all: {@link Cli#PROPERTIES})
 */
public record CommandSpec(String name, String summary, String about, Access access, List<Option> options) {

    /** What a command does with the database file. */
    public enum Access {
        /** Opens it read-only (a read-only copy while a server holds it); never builds or rebuilds it. */
        READS,
        /** Builds a new database file and swaps it in ({@code load}). */
        BUILDS
    }

    public CommandSpec(String name, String summary, String about, Access access, Option... options) {
        this(name, summary, about, access, List.of(options));
    }

    public @Nullable Option option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst().orElse(null);
    }

    /**
     * One option, always written {@code --name=value}.
     *
     * @param name     without the dashes
     * @param value    the value's placeholder in help ({@code NN}, {@code FILE.xlsx}); for a choice, the choices
     * @param help     what it means, with its default
     * @param mandatory whether the command refuses to run without it
     * @param choices  the allowed values (empty: any text)
     * @param number   whether the value must be a whole number
     * @param flag     written {@code --name} alone, without a value (e.g. {@code --confirm})
     */
    public record Option(String name, String value, String help, boolean mandatory, List<String> choices, boolean number,
                         boolean flag) {

        /** An optional option taking any text. */
        public static Option of(String name, String value, String help) {
            return new Option(name, value, help, false, List.of(), false, false);
        }

        /** An optional option taking one of {@code choices} (the first is the default). */
        public static Option choice(String name, String help, String... choices) {
            return new Option(name, String.join("|", choices), help, false, Arrays.asList(choices), false, false);
        }

        /** An option that is given or not, written {@code --name} without a value. */
        public static Option flag(String name, String help) {
            return new Option(name, "", help, false, List.of(), false, true);
        }

        public Option required() {
            return new Option(name, value, help, true, choices, number, flag);
        }

        public Option wholeNumber() {
            return new Option(name, value, help, mandatory, choices, true, flag);
        }

        /** {@code --name=VALUE} (or {@code --name} for a flag) as shown in help. */
        public String usage() {
            return flag ? "--" + name : "--" + name + "=" + value;
        }
    }
}
