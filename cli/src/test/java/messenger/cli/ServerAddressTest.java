package messenger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code --server}, {@code $MESSENGER_SERVER} and the remembered server, in that order. */
class ServerAddressTest {

    @Test
    void parsesHostAndPort() {
        assertThat(ServerAddress.parse("chat.example.org:7777")).isEqualTo(new ServerAddress("chat.example.org", 7777));
        assertThat(ServerAddress.parse("[::1]:9000")).isEqualTo(new ServerAddress("::1", 9000));
        assertThat(ServerAddress.parse("[::1]:9000").toString()).isEqualTo("[::1]:9000");
    }

    @Test
    void rejectsAddressesWithoutAUsablePort() {
        String[] bad = {"localhost", "localhost:", ":7777", "host:0", "host:65536", "host:http", "::1:80"};
        for (String address : bad) {
            assertThatThrownBy(() -> ServerAddress.parse(address)).as(address)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theFlagWinsThenTheEnvironmentThenTheConfigFileThenTheDefault() {
        ServerAddress flag = new ServerAddress("flag", 1);

        assertThat(ServerAddress.choose(flag, "env:2", "saved:3")).isEqualTo(flag);
        assertThat(ServerAddress.choose(null, "env:2", "saved:3")).isEqualTo(new ServerAddress("env", 2));
        assertThat(ServerAddress.choose(null, null, "saved:3")).isEqualTo(new ServerAddress("saved", 3));
        assertThat(ServerAddress.choose(null, null, null)).isEqualTo(new ServerAddress("localhost", 7777));
    }

    @Test
    void aBadEnvironmentValueIsAUsageErrorNamingTheVariable() {
        assertThatThrownBy(() -> ServerAddress.choose(null, "oops", null))
                .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
                .hasMessageStartingWith("MESSENGER_SERVER: ");
    }
}
