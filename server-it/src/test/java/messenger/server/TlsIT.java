package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import javax.net.ssl.SSLHandshakeException;
import messenger.protocol.FileInfo;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.Tls;
import messenger.protocol.client.TransferListener;
import messenger.testkit.TlsServer;
import org.junit.jupiter.api.Test;

/** The packaged server with a certificate for "localhost" (made by keytool for this run) and TLS switched on. */
class TlsIT {

    @Test
    void clientsVerifyTheCertificateAndTheHostName() throws Exception {
        Path dir = Path.of("target", "it-tls-" + System.nanoTime());
        try (TlsServer server = TlsServer.start(dir)) {
            Path certificate = server.certificate().certificate();
            try (MessengerClient client = MessengerClient.connect("localhost", server.port(),
                    Tls.trusting(certificate), null, Duration.ofSeconds(30))) {
                client.register("tls-user", "correct horse battery");
                assertThat(client.login("tls-user", "correct horse battery", "tls").token()).isNotBlank();
                assertThat(client.history(null, 10).messages()).isEmpty();
                byte[] bytes = new byte[3 * 1024 * 1024 + 5];
                new Random(7).nextBytes(bytes);
                Path original = Files.write(dir.resolve("over-tls.bin"), bytes);
                FileInfo file = client.upload(original, "over-tls.bin", TransferListener.NONE);
                Path copy = dir.resolve("over-tls-copy.bin");
                client.download(file.id(), copy, TransferListener.NONE);
                assertThat(Files.readAllBytes(copy)).as("a file sent from disk, encrypted on the way")
                        .isEqualTo(bytes);
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
