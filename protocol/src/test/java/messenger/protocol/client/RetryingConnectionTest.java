package messenger.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which failures to dial {@link RetryingConnection} waits out, against real listeners. */
class RetryingConnectionTest {

    private static final ReconnectPolicy QUICK = new ReconnectPolicy(Duration.ofMillis(10), Duration.ofMillis(50));
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path directory;

    @Test
    void aCertificateRefusedOnDialingIsFinalEvenWithoutALimitOfFailures() throws Exception {
        SelfSignedTls tls = SelfSignedTls.in(directory);
        try (ServerSocket listener = tls.listen()) {
            AtomicInteger handshakes = answerHandshakes(listener);
            // the system's authorities have not signed the test's certificate
            RetryingConnection connection = new RetryingConnection(opening -> MessengerClient.connect(
                    new ServerAddress("localhost", listener.getLocalPort()), Tls.systemTrust(), opening, TIMEOUT),
                    QUICK, 0);

            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(
                    () -> connection.call((client, progress) -> client.ping(), TransferListener.NONE))
                    .isInstanceOf(SSLHandshakeException.class)
                    .hasMessageContaining("is not trusted"), "a refused certificate is dialled again and again");
            assertThat(handshakes).hasValue(1);
            connection.close();
        }
    }

    @Test
    void aHandshakeTheServerEndsIsDialledAgain() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger accepted = new AtomicInteger();
            daemon(() -> {
                while (!listener.isClosed()) {
                    try (Socket hungUp = listener.accept()) {
                        accepted.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            RetryingConnection connection = new RetryingConnection(opening -> MessengerClient.connect(
                    new ServerAddress("localhost", listener.getLocalPort()), Tls.systemTrust(), opening, TIMEOUT),
                    QUICK, 3);

            assertThatThrownBy(() -> connection.call((client, progress) -> client.ping(), TransferListener.NONE))
                    .isInstanceOf(HandshakeClosedException.class)
                    .hasMessageContaining("closed the connection during the TLS handshake");
            assertThat(accepted).hasValue(3);
            connection.close();
        }
    }

    /** Accepts and runs the server's side of each handshake, which the client ends when it refuses the certificate. */
    private static AtomicInteger answerHandshakes(ServerSocket listener) {
        AtomicInteger handshakes = new AtomicInteger();
        daemon(() -> {
            while (!listener.isClosed()) {
                try (SSLSocket socket = (SSLSocket) listener.accept()) {
                    handshakes.incrementAndGet();
                    socket.startHandshake();
                } catch (IOException refusedOrClosed) {
                    // the client refused the certificate, or the test is over
                }
            }
        });
        return handshakes;
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "test-listener");
        thread.setDaemon(true);
        thread.start();
    }
}
