package no.traineemonitor;

import no.traineemonitor.cli.Cli;
import org.springframework.boot.SpringApplication;

/**
 * The jar's entry point: the command line chooses between the web application ({@code serve}, the default) and a
 * command. {@link Application} knows nothing of the command line, and the command line nothing of it: this class
 * joins the two.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int exitCode = Cli.run(args, springArguments -> SpringApplication.run(Application.class, springArguments));
        if (exitCode != Cli.KEEP_RUNNING) {
            System.exit(exitCode);
        }
    }
}
