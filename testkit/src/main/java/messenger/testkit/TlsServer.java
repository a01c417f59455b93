package messenger.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The packaged server with TLS on, its certificate made for {@code localhost} ({@link TestCertificate}), and a
 * second certificate for the same name that the server does not use: the one clients must refuse.
 */
public record TlsServer(ServerProcess process, TestCertificate certificate, TestCertificate otherCertificate)
        implements AutoCloseable {

    /** How the server process is started: {@link ServerProcess#start(Path, Map)}, or a caller's variant of it. */
    @FunctionalInterface
    public interface Starter {
        ServerProcess start(Path dataDir, Map<String, String> settings) throws IOException;
    }

    /** Makes both certificates and starts the server, everything under {@code directory}. */
    public static TlsServer start(Path directory) throws IOException {
        return start(directory, ServerProcess::start);
    }

    public static TlsServer start(Path directory, Starter starter) throws IOException {
        TestCertificate certificate = TestCertificate.forLocalhost(directory.resolve("certificate"));
        TestCertificate otherCertificate = TestCertificate.forLocalhost(directory.resolve("other-certificate"));
        ServerProcess process = starter.start(directory.resolve("server"), certificate.serverSettings());
        return new TlsServer(process, certificate, otherCertificate);
    }

    public int port() {
        return process.port();
    }

    /** The address with the host name the certificate names. */
    public String address() {
        return "localhost:" + port();
    }

    @Override
    public void close() throws InterruptedException {
        process.stop();
    }
}
