package no.traineemonitor.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A subcommand of the jar ({@code java -jar traineemonitor.jar NAME ...}). Add one by writing a Spring
 * {@code @Component} that implements this interface: {@code --help} lists it and {@link Cli} runs it.
 */
public interface CliCommand {

    /** The word(s) typed after the jar, e.g. {@code load}, or two words such as {@code report county}. */
    String name();

    /** One line for {@code --help}. */
    String summary();

    /** Runs the command; returns the process exit code (0 = success). */
    int run(List<String> args, PrintStream out) throws Exception;
}
