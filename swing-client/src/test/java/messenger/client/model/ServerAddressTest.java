package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerAddressTest {

    @Test
    void readsHostAndPort() {
        assertThat(ServerAddress.parse(" chat.example.org:7000 ")).contains(new ServerAddress("chat.example.org", 7000));
    }

    @Test
    void aHostAloneUsesTheDefaultPort() {
        assertThat(ServerAddress.parse("localhost")).contains(new ServerAddress("localhost", ServerAddress.DEFAULT_PORT));
    }

    @Test
    void readsBracketedIpv6() {
        assertThat(ServerAddress.parse("[::1]:7777")).contains(new ServerAddress("::1", 7777));
        assertThat(new ServerAddress("::1", 7777)).hasToString("[::1]:7777");
    }

    @Test
    void refusesWhatIsNotAnAddress() {
        assertThat(ServerAddress.parse("")).isEmpty();
        assertThat(ServerAddress.parse(":7777")).isEmpty();
        assertThat(ServerAddress.parse("host:0")).isEmpty();
        assertThat(ServerAddress.parse("host:65536")).isEmpty();
        assertThat(ServerAddress.parse("host:-1")).isEmpty();
        assertThat(ServerAddress.parse("a b:1")).isEmpty();
        assertThat(ServerAddress.parse("::1:7777")).isEmpty();
    }
}
