package messenger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import messenger.protocol.client.ServerAddress;
import org.junit.jupiter.api.Test;

/** {@code --server}, {@code $MESSENGER_SERVER} and the remembered server, in that order. */
class ServerChoiceTest {

    @Test
    void theFlagWinsThenTheEnvironmentThenTheConfigFileThenTheDefault() {
        ServerAddress flag = new ServerAddress("flag", 1);

        assertThat(ServerChoice.choose(flag, "env:2", "saved:3")).isEqualTo(flag);
        assertThat(ServerChoice.choose(null, "env:2", "saved:3")).isEqualTo(new ServerAddress("env", 2));
        assertThat(ServerChoice.choose(null, null, "saved:3")).isEqualTo(new ServerAddress("saved", 3));
        assertThat(ServerChoice.choose(null, null, null)).isEqualTo(new ServerAddress("localhost", 7777));
    }

    @Test
    void aBadEnvironmentValueIsAUsageErrorNamingTheVariable() {
        assertThatThrownBy(() -> ServerChoice.choose(null, "no such host", null))
                .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
                .hasMessageStartingWith("MESSENGER_SERVER: ");
    }
}
