package no.traineemonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void port_option_becomes_the_server_port_property() {
        assertThat(Cli.translatePortOption(new String[] {"--port=9090", "--other=1"}))
                .containsExactly("--server.port=9090", "--other=1");
    }
}
