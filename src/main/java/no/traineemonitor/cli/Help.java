package no.traineemonitor.cli;

import java.util.List;
import java.util.stream.Collectors;
import no.traineemonitor.cli.CommandSpec.Option;

/**
 * The help texts, made from the commands' {@link CommandSpec}s only. The same texts are committed in
 * {@code docs/commands/} (a test keeps them equal), where {@code ./tm --help} reads them without building anything.
 */
final class Help {

    private static final String NL = "\n";

    private Help() {
    }

    /** The list of commands ({@code --help}). */
    static String overview(List<CommandSpec> commands) {
        StringBuilder s = new StringBuilder();
        s.append("Usage: ./tm [COMMAND] [OPTIONS]   (or java -jar target/traineemonitor.jar [COMMAND] [OPTIONS])").append(NL)
                .append(NL).append("Commands:").append(NL);
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0) + 2;
        for (CommandSpec c : commands) {
            s.append("  ").append(pad(c.name(), width)).append(c.summary()).append(NL);
        }
        s.append("  ").append(pad("help [COMMAND]", width)).append("this list, or a command's options (also: COMMAND --help)")
                .append(NL).append(NL)
                .append("Options have the form --name=value, each given once. Any command also takes:").append(NL)
                .append(optionLines(Cli.PROPERTIES)).append(NL)
                .append("Commands that read the database open it read-only and never build or rebuild it; only load and")
                .append(NL).append("the server's start build it. While a server runs, they read a read-only copy of it.")
                .append(NL).append(NL).append(EXIT_CODES).append(NL);
        return s.toString();
    }

    /** One command's usage and options ({@code COMMAND --help}). */
    static String command(CommandSpec spec) {
        StringBuilder s = new StringBuilder();
        s.append("Usage: ./tm ").append(spec.name());
        for (Option o : spec.options()) {
            s.append(' ').append(o.mandatory() ? o.usage() : "[" + o.usage() + "]");
        }
        s.append(NL).append(NL).append(wrap(spec.about())).append(NL);
        if (!spec.options().isEmpty()) {
            s.append(NL).append("Options:").append(NL).append(optionLines(spec.options()));
        }
        s.append(NL).append("Any command also takes:").append(NL).append(optionLines(Cli.PROPERTIES))
                .append(NL).append(switch (spec.access()) {
                    case READS -> "Opens the database read-only and never builds or rebuilds it (./tm load does).";
                    case BUILDS -> "Builds the database (only load and the server's start do).";
                }).append(NL).append(EXIT_CODES).append(NL);
        return s.toString();
    }

    /** The commands of one family, for {@code report --help}. */
    static String family(String word, List<CommandSpec> members) {
        return "Usage: ./tm " + word + " " + members.stream().map(c -> c.name().substring(word.length() + 1))
                .collect(Collectors.joining("|")) + " [OPTIONS]" + NL + NL
                + members.stream().map(c -> "  " + pad(c.name(), 22) + c.summary() + NL).collect(Collectors.joining())
                + NL + "./tm " + word + " NAME --help shows a command's options." + NL;
    }

    static final String EXIT_CODES = "Exit code: 0 done; 1 an error (bad arguments included), the message says what and where.";

    private static String optionLines(List<Option> options) {
        int width = options.stream().mapToInt(o -> o.usage().length()).filter(l -> l <= LONGEST_OPTION).max().orElse(0) + 2;
        return options.stream().map(o -> "  " + (o.usage().length() > LONGEST_OPTION ? o.usage() + NL + " ".repeat(width + 2)
                        : pad(o.usage(), width)) + (o.mandatory() ? "required. " : "") + o.help() + NL)
                .collect(Collectors.joining());
    }

    /** A longer option is on a line of its own, its help on the next. */
    private static final int LONGEST_OPTION = 40;
    private static final int LINE = 100;

    /** The text broken into lines of at most {@value #LINE} characters at spaces. */
    static String wrap(String text) {
        StringBuilder s = new StringBuilder();
        int lineStart = 0;
        for (String word : text.split(" ")) {
            if (s.length() > lineStart && s.length() - lineStart + 1 + word.length() > LINE) {
                s.append(NL);
                lineStart = s.length();
            } else if (s.length() > lineStart) {
                s.append(' ');
            }
            s.append(word);
        }
        return s.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
