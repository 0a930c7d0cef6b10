package no.traineemonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void port_option_becomes_the_server_port_property() {
        assertThat(Cli.translatePortOption(new String[] {"--port=9090", "--other=1"}))
                .containsExactly("--server.port=9090", "--other=1");
    }

    @Test
    void spring_properties_reach_the_commands_context() {
        assertThat(Cli.springProperties(java.util.List.of("county", "--county=18", "--traineemonitor.database=/tmp/x.duckdb",
                "--logging.level.root=INFO"))).containsExactly("--traineemonitor.database=/tmp/x.duckdb", "--logging.level.root=INFO");
    }
}
