package messenger.protocol.client;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import messenger.protocol.Requests;
import org.junit.jupiter.api.Test;

/** A server that closes the connection is said to have closed it, not "connection lost: null". */
class ServerClosedTest {

    @Test
    void aConnectionTheServerClosedSaysSo() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                MessengerClient client = MessengerClient.connect(
                        new ServerAddress("localhost", listener.getLocalPort()), Tls.none(), null,
                        Duration.ofSeconds(30))) {
            try (Socket accepted = listener.accept()) {
                accepted.shutdownOutput();
            }
            assertThatThrownBy(() -> client.await(client.call(Requests.Ping.TYPE, null, null)))
                    .isInstanceOf(ConnectionLostException.class)
                    .hasMessage("connection lost: the server closed the connection");
        }
    }
}
