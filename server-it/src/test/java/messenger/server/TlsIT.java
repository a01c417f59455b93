package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.Tls;
import messenger.testkit.TlsServer;
import org.junit.jupiter.api.Test;

/** The packaged server with a certificate for "localhost" (made by keytool for this run) and TLS switched on. */
class TlsIT {

    @Test
    void clientsVerifyTheCertificateAndTheHostName() throws Exception {
        try (TlsServer server = TlsServer.start(Path.of("target", "it-tls-" + System.nanoTime()))) {
            Path certificate = server.certificate().certificate();
            try (MessengerClient client = MessengerClient.connect("localhost", server.port(),
                    Tls.trusting(certificate), null, Duration.ofSeconds(30))) {
                client.register("tls-user", "correct horse battery");
                assertThat(client.login("tls-user", "correct horse battery", "tls").token()).isNotBlank();
                assertThat(client.history(null, 10).messages()).isEmpty();
            }
            for (Runnable refused : List.<Runnable>of(
                    () -> connect("localhost", server.port(), Tls.systemTrust()),
                    () -> connect("localhost", server.port(), trusting(server.otherCertificate().certificate())),
                    () -> connect("127.0.0.1", server.port(), trusting(certificate)))) {
                assertThatThrownBy(refused::run).hasRootCauseInstanceOf(SSLHandshakeException.class)
                        .rootCause().hasMessageContaining("not trusted");
            }
        }
    }

    private static Tls trusting(Path certificate) {
        try {
            return Tls.trusting(certificate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void connect(String host, int port, Tls tls) {
        try (MessengerClient client = MessengerClient.connect(host, port, tls, null, Duration.ofSeconds(30))) {
            client.ping();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
