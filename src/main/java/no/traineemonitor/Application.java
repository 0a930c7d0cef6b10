package no.traineemonitor;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Traineemonitor: a dashboard and data warehouse for Norway's regional trainee programmes.
 * The web application; {@link Main} starts it, or a command of the jar ({@code --help}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
public class Application implements AppShellConfigurator {
}
