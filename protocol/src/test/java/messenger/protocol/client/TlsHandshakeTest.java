package messenger.protocol.client;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TlsHandshakeTest {

    /** Without a limit the handshake would read forever; a sign-in would never come back. */
    @Test
    void aServerThatAcceptsAndNeverAnswersEndsTheHandshakeAfterTheTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
                assertThatThrownBy(() -> MessengerClient.connect("localhost", silent.getLocalPort(), Tls.systemTrust(),
                        null, Duration.ofSeconds(1)))
                        .isInstanceOf(SocketTimeoutException.class)
                        .hasMessageContaining("did not finish the TLS handshake within 1 s");
                try (Socket accepted = silent.accept()) {
                    // the client did reach the listener: it was the handshake that waited
                }
            });
        }
    }
}
