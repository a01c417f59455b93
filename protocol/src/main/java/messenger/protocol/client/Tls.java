package messenger.protocol.client;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * How a client secures its connection: plain TCP, or TLS that verifies the server's certificate chain and
 * host name against the system trust store or against certificates from a PEM file (a self-signed server).
 */
public final class Tls {

    private static final Tls NONE = new Tls(null);

    private final SSLContext context;

    private Tls(SSLContext context) {
        this.context = context;
    }

    public static Tls none() {
        return NONE;
    }

    public static Tls systemTrust() {
        try {
            return new Tls(SSLContext.getDefault());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no default TLS context", e);
        }
    }

    /** Trusts exactly the certificates in a PEM file (the server's own, or the CA that signed it). */
    public static Tls trusting(Path pemCertificates) throws IOException {
        try (InputStream in = Files.newInputStream(pemCertificates)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new IOException("no certificate in " + pemCertificates);
            }
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int index = 0;
            for (Certificate certificate : certificates) {
                trusted.setCertificateEntry("trusted-" + index++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return new Tls(context);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the certificates in " + pemCertificates + ": " + e.getMessage(), e);
        }
    }

    boolean enabled() {
        return context != null;
    }

    /**
     * Wraps a connected socket and completes the handshake, checking the host name like HTTPS does. A server
     * that does not answer within {@code timeout} ends in a {@link SocketTimeoutException}; afterwards the
     * socket waits as long as it did before.
     */
    SSLSocket wrap(Socket plain, String host, int port, Duration timeout) throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        int before = socket.getSoTimeout();
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis())));
        try {
            socket.startHandshake();
        } catch (SocketTimeoutException e) {
            socket.close();
            throw silent(host, port, timeout);
        } catch (SSLException e) {
            socket.close();
            if (e.getCause() instanceof SocketTimeoutException) {
                throw silent(host, port, timeout);
            }
            if (closedByPeer(e)) {
                throw new HandshakeClosedException("the server at " + host + ":" + port
                        + " closed the connection during the TLS handshake: " + e.getMessage(), e);
            }
            SSLHandshakeException refused = new SSLHandshakeException("the server at " + host + ":" + port
                    + " is not trusted (unknown certificate or a certificate for another host name): "
                    + e.getMessage());
            refused.initCause(e);
            throw refused;
        }
        socket.setSoTimeout(before);
        return socket;
    }

    /**
     * Whether the handshake failed because the connection ended (the JDK's "Remote host terminated the handshake",
     * caused by an EOFException, or a reset), not because of what the server showed.
     */
    private static boolean closedByPeer(SSLException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof EOFException || cause instanceof SocketException) {
                return true;
            }
        }
        // the JDK's words, in English whatever the locale, should a version leave out the cause
        return e.getMessage() != null && e.getMessage().contains("terminated the handshake");
    }

    private static SocketTimeoutException silent(String host, int port, Duration timeout) {
        return new SocketTimeoutException("the server at " + host + ":" + port + " did not finish the TLS handshake"
                + " within " + timeout.toSeconds() + " s");
    }
}
