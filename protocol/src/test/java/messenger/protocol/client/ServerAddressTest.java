package messenger.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import messenger.protocol.ErrorCode;
import org.junit.jupiter.api.Test;

class ServerAddressTest {

    @Test
    void readsHostAndPortIgnoringTheBlanksAround() {
        assertThat(ServerAddress.parse("chat.example.org:7777")).isEqualTo(new ServerAddress("chat.example.org", 7777));
        assertThat(ServerAddress.parse(" chat.example.org:7000 "))
                .isEqualTo(new ServerAddress("chat.example.org", 7000));
        assertThat(ServerAddress.parse("h:1")).isEqualTo(new ServerAddress("h", 1));
        assertThat(ServerAddress.parse("h:65535")).isEqualTo(new ServerAddress("h", 65_535));
    }

    @Test
    void aHostAloneUsesTheDefaultPort() {
        assertThat(ServerAddress.parse("localhost"))
                .isEqualTo(new ServerAddress("localhost", ServerAddress.DEFAULT_PORT));
        assertThat(ServerAddress.parse("[::1]")).isEqualTo(new ServerAddress("::1", 7777));
    }

    @Test
    void readsBracketedIpv6AndWritesItBack() {
        assertThat(ServerAddress.parse("[::1]:9000")).isEqualTo(new ServerAddress("::1", 9000));
        assertThat(new ServerAddress("::1", 7777)).hasToString("[::1]:7777");
        assertThat(new ServerAddress("chat.example.org", 7777)).hasToString("chat.example.org:7777");
    }

    @Test
    void readsTheServersOfAClusterSeparatedByCommas() {
        ServerAddress cluster = ServerAddress.parse(" one:7777, two , [::1]:9000");
        assertThat(cluster.all()).containsExactly(new ServerAddress("one", 7777), new ServerAddress("two", 7777),
                new ServerAddress("::1", 9000));
        assertThat(cluster).hasToString("one:7777,two:7777,[::1]:9000");
        assertThat(ServerAddress.parse(cluster.toString())).isEqualTo(cluster);
        assertRefused("a server address is HOST:PORT", "one:7777,", ",two", "one,,two");
    }

    @Test
    void aClientPassesOverAServerThatIsDown() throws Exception {
        int down;
        try (ServerSocket gone = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            down = gone.getLocalPort();
        }
        try (ServerSocket up = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ServerAddress cluster = ServerAddress.parse("127.0.0.1:" + down + ",127.0.0.1:" + up.getLocalPort());
            for (int attempt = 0; attempt < 2; attempt++) {
                try (MessengerClient client = MessengerClient.connect(cluster, Tls.none(), null, Duration.ofSeconds(5));
                        Socket accepted = up.accept()) {
                    assertThat(client.isOpen()).as("attempt %d", attempt).isTrue();
                    assertThat(accepted.isConnected()).isTrue();
                }
            }
        }
    }

    @Test
    void aClientLeavesAServerThatKeepsAnsweringUnavailableOnlyForAnotherOne() throws Exception {
        try (ServerSocket up = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String server = "127.0.0.1:" + up.getLocalPort();
            MessengerException unavailable = new MessengerException(ErrorCode.UNAVAILABLE, "no database", null);
            try (MessengerClient alone = MessengerClient.connect(ServerAddress.parse(server), Tls.none(), null,
                    Duration.ofSeconds(5)); Socket first = up.accept();
                 MessengerClient listed = MessengerClient.connect(ServerAddress.parse(server + "," + server),
                    Tls.none(), null, Duration.ofSeconds(5)); Socket second = up.accept()) {
                assertThat(alone.oneOfSeveralServers()).isFalse();
                assertThat(listed.oneOfSeveralServers()).isTrue();
                assertThat(Retry.leave(alone, unavailable, Retry.UNAVAILABLE_BEFORE_LEAVING))
                        .as("nowhere else to go").isFalse();
                assertThat(Retry.leave(listed, unavailable, Retry.UNAVAILABLE_BEFORE_LEAVING - 1)).as("not yet")
                        .isFalse();
                assertThat(Retry.leave(listed, unavailable, Retry.UNAVAILABLE_BEFORE_LEAVING)).isTrue();
                assertThat(Retry.leave(listed, new MessengerException(ErrorCode.RATE_LIMITED, "later", null),
                        Retry.UNAVAILABLE_BEFORE_LEAVING)).as("only for UNAVAILABLE").isFalse();
            }
        }
    }

    @Test
    void refusesWhatIsNotAnAddress() {
        assertRefused("a server address is HOST:PORT", "", "  ", ":7777", "a b:1", "a\tb", "[]:7777", "[::1",
                "[::1]x", "[::1]7777", "[a]b]:1", "host]:1", "a[b");
    }

    @Test
    void refusesAPortThatIsNotANumberFrom1To65535() {
        assertRefused("a server address is HOST:PORT with a port from 1 to 65535", "localhost:", "host:0",
                "host:65536", "host:99999", "host:-1", "host:+80", "host:http", "host:1 2", "[::1]:", "[::1]:0");
    }

    @Test
    void asksForBracketsAroundAnIpv6Address() {
        assertRefused("write an IPv6 address in brackets, as in [::1]:7777", "::1:80", "::1", "fe80::1");
    }

    private static void assertRefused(String explanation, String... addresses) {
        for (String address : addresses) {
            assertThatThrownBy(() -> ServerAddress.parse(address)).as(address)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(explanation + ", not '" + address + "'");
        }
    }
}
