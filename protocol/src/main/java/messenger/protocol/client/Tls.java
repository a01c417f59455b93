package messenger.protocol.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
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

    /** Wraps a connected socket and completes the handshake, checking the host name like HTTPS does. */
    SSLSocket wrap(java.net.Socket plain, String host, int port) throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        try {
            socket.startHandshake();
        } catch (javax.net.ssl.SSLException e) {
            socket.close();
            throw new javax.net.ssl.SSLHandshakeException("the server at " + host + ":" + port
                    + " is not trusted (unknown certificate or a certificate for another host name): "
                    + e.getMessage());
        }
        return socket;
    }
}
