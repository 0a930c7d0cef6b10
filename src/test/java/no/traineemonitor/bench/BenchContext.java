package no.traineemonitor.bench;

import java.nio.file.Path;
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
 * The application's own services on a scratch warehouse, in this process, as the commands start them (no web stack;
 * the database read-only): the benchmark calls the same services the views and workbooks call.
 */
final class BenchContext {

    private BenchContext() {
    }

    static ConfigurableApplicationContext start(Path database, int poolSize) {
        System.setProperty("spring.backgroundpreinitializer.ignore", "true");
        SpringApplication app = new SpringApplication(Beans.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setDefaultProperties(Map.of("logging.level.root", "WARN"));
        return app.run("--traineemonitor.database=" + database.toAbsolutePath(), "--traineemonitor.read-only=true",
                "--traineemonitor.pool-size=" + poolSize);
    }

    /** As the commands' context: every component of the application except the web application's configuration. */
    @ComponentScan(basePackages = "no.traineemonitor", excludeFilters = {
            @ComponentScan.Filter(SpringBootConfiguration.class),
            @ComponentScan.Filter(type = org.springframework.context.annotation.FilterType.REGEX, pattern = "no\\.traineemonitor\\.bench\\..*")})
    @ConfigurationPropertiesScan("no.traineemonitor")
    static class Beans {

        @Bean
        JdbcClient jdbcClient(DataSource dataSource) {
            return JdbcClient.create(dataSource);
        }
    }
}
