package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import messenger.protocol.FileInfo;
import messenger.protocol.Frame;
import messenger.protocol.FrameCodec;
import messenger.protocol.FrameLimits;
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
                String token = client.login("tls-user", "correct horse battery", "tls").token();
                assertThat(token).isNotBlank();
                assertThat(client.history(null, 10).messages()).isEmpty();
                byte[] bytes = new byte[3 * 1024 * 1024 + 5];
                new Random(7).nextBytes(bytes);
                Path original = Files.write(dir.resolve("over-tls.bin"), bytes);
                FileInfo file = client.upload(original, "over-tls.bin", TransferListener.NONE);
                Path copy = dir.resolve("over-tls-copy.bin");
                client.download(file.id(), copy, TransferListener.NONE);
                assertThat(Files.readAllBytes(copy)).as("a file sent from disk, encrypted on the way")
                        .isEqualTo(bytes);
                pipelinedReadsComeBackInOrderAndWhole(server.port(), certificate, token, file.id(), bytes);
            }
            for (Runnable refused : List.<Runnable>of(
                    () -> connect("localhost", server.port(), Tls.systemTrust()),
                    () -> connect("localhost", server.port(), trusting(server.otherCertificate().certificate())),
                    () -> connect("127.0.0.1", server.port(), trusting(certificate)))) {
                // the client's refusal, with the JDK's reason kept as its cause
                assertThatThrownBy(refused::run).cause().isInstanceOf(SSLHandshakeException.class)
                        .hasMessageContaining("not trusted");
            }
        }
    }

    /**
     * Reads of whole, partial and last chunks pipelined with pings over one TLS connection, where the server sends a
     * file's bytes in chunks through the TLS engine: every reply in request order, every byte as stored.
     */
    private static void pipelinedReadsComeBackInOrderAndWhole(int port, Path certificate, String token, long fileId,
            byte[] bytes) throws Exception {
        int mib = 1024 * 1024;
        long[][] reads = {{0, mib}, {mib, mib}, {7, 1}, {2 * mib, mib}, {3 * mib, mib}, {mib - 5, 11},
                {bytes.length - 1, 1}, {bytes.length, 1}};
        try (SSLSocket socket = (SSLSocket) sslContext(certificate).getSocketFactory().createSocket("localhost", port)) {
            socket.setSoTimeout(30_000);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            FrameCodec.write(out, new Frame(header("resume", 1, "token", token)));
            out.flush();
            assertThat(FrameCodec.read(in, FrameLimits.DEFAULT).type()).isEqualTo("ok");
            long id = 2;
            for (long[] read : reads) {
                JsonObject header = header("file.read", id++, "fileId", fileId);
                header.addProperty("offset", read[0]);
                header.addProperty("length", read[1]);
                FrameCodec.write(out, new Frame(header));
                FrameCodec.write(out, new Frame(header("ping", id++, null, null)));
            }
            out.flush();
            id = 2;
            for (long[] read : reads) {
                Frame reply = FrameCodec.read(in, FrameLimits.DEFAULT);
                assertThat(reply.type()).isEqualTo("ok");
                assertThat(reply.re()).isEqualTo(id++);
                int from = (int) read[0];
                int to = (int) Math.min(bytes.length, read[0] + read[1]);
                assertThat(reply.payload()).as("%d bytes at %d", read[1], read[0])
                        .isEqualTo(Arrays.copyOfRange(bytes, from, to));
                Frame pong = FrameCodec.read(in, FrameLimits.DEFAULT);
                assertThat(pong.re()).isEqualTo(id++);
                assertThat(pong.payload()).isEmpty();
            }
        }
    }

    private static JsonObject header(String type, long id, String field, Object value) {
        JsonObject header = new JsonObject();
        header.addProperty("type", type);
        header.addProperty("id", id);
        if (value instanceof String text) {
            header.addProperty(field, text);
        } else if (value instanceof Number number) {
            header.addProperty(field, number);
        }
        return header;
    }

    private static SSLContext sslContext(Path certificatePem) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream pem = Files.newInputStream(certificatePem)) {
            int index = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(pem)) {
                trusted.setCertificateEntry("trusted-" + index++, certificate);
            }
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
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
