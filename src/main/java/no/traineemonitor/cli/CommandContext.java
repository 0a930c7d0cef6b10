package no.traineemonitor.cli;

import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Spring context of a command: the application's own components (warehouse, repositories, services, report
 * writers), created lazily so that a command makes only the beans it asks for, and no auto-configuration: no web
 * server, no Vaadin, no actuator. The database is opened read-only ({@value #READ_ONLY}); only {@code load} builds,
 * with the warehouse builder itself.
 */
final class CommandContext {

    /** Set in every command's context: the connection pool opens the database read-only and never builds it. */
    static final String READ_ONLY = "traineemonitor.read-only";
    /** Set for every command: whoever runs the jar is the machine's operator unless a command acts for a user. */
    static final String OPERATOR = "traineemonitor.operator";

    private CommandContext() {
    }

    static ConfigurableApplicationContext start(String[] springArguments) {
        // Boot warms up Jackson, Tomcat and HTTP converters on a background thread: a command uses none of them
        System.setProperty("spring.backgroundpreinitializer.ignore", "true");
        SpringApplication app = new SpringApplication(Beans.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLazyInitialization(true);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setDefaultProperties(Map.of("logging.level.root", "WARN"));
        String[] args = java.util.Arrays.copyOf(springArguments, springArguments.length + 2);
        args[springArguments.length] = "--" + READ_ONLY + "=true"; // above application.properties; users cannot set it
        args[springArguments.length + 1] = "--" + OPERATOR + "=true";
        return app.run(args);
    }

    /**
     * Everything of the application that is a Spring component, except the web application's configuration. Not a
     * {@code @Configuration} itself, so the web application's component scan does not pick it up.
     */
    @ComponentScan(basePackages = "no.traineemonitor", excludeFilters = @ComponentScan.Filter(SpringBootConfiguration.class))
    @ConfigurationPropertiesScan("no.traineemonitor")
    static class Beans {

        @Bean
        JdbcClient jdbcClient(DataSource dataSource) {
            return JdbcClient.create(dataSource);
        }
    }
}
