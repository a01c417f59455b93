package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.Tls;
import messenger.testkit.ServerProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packaged server with a certificate for "localhost" (made by keytool for this run) and TLS switched on. */
class TlsIT {

    private static final Path DIR = Path.of("target", "it-tls-" + System.nanoTime());
    private static final String STORE_PASSWORD = "changeit";
    private static Path certificate;
    private static Path key;

    @BeforeAll
    static void makeACertificateForLocalhost() throws Exception {
        Files.createDirectories(DIR);
        Path store = DIR.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-validity", "2",
                "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, STORE_PASSWORD.toCharArray());
        }
        Key privateKey = keyStore.getKey("server", STORE_PASSWORD.toCharArray());
        certificate = Files.writeString(DIR.resolve("server.crt"),
                pem("CERTIFICATE", keyStore.getCertificate("server").getEncoded()));
        key = Files.writeString(DIR.resolve("server.key"), pem("PRIVATE KEY", privateKey.getEncoded()));
    }

    @Test
    void clientsVerifyTheCertificateAndTheHostName() throws Exception {
        Map<String, String> tls = Map.of("messenger.tls.cert", certificate.toAbsolutePath().toString(),
                "messenger.tls.key", key.toAbsolutePath().toString());
        try (ServerProcess server = ServerProcess.start(DIR.resolve("data"), tls)) {
            try (MessengerClient client = MessengerClient.connect("localhost", server.port(), Tls.trusting(certificate),
                    null, Duration.ofSeconds(30))) {
                client.register("tls-user", "correct horse battery");
                assertThat(client.login("tls-user", "correct horse battery", "tls").token()).isNotBlank();
                assertThat(client.history(null, 10).messages()).isEmpty();
            }
            for (Runnable refused : List.<Runnable>of(
                    () -> connect("localhost", server.port(), Tls.systemTrust()),
                    () -> connect("127.0.0.1", server.port(), trustingTheCertificate()))) {
                assertThatThrownBy(refused::run).hasRootCauseInstanceOf(SSLHandshakeException.class)
                        .rootCause().hasMessageContaining("not trusted");
            }
        }
    }

    private static Tls trustingTheCertificate() {
        try {
            return Tls.trusting(certificate);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void connect(String host, int port, Tls tls) {
        try (MessengerClient client = MessengerClient.connect(host, port, tls, null, Duration.ofSeconds(30))) {
            client.ping();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
