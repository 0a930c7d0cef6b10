package no.traineemonitor;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import no.traineemonitor.cli.Cli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Traineemonitor: a dashboard and data warehouse for Norway's regional trainee programmes.
 * The same jar is the web app ({@code serve}, the default) and a command-line tool ({@code --help}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        int exitCode = Cli.run(args);
        if (exitCode != Cli.KEEP_RUNNING) {
            System.exit(exitCode);
        }
    }
}
