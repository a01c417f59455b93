package messenger.client.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void aPlainAnswerToTheTlsHandshakeSaysFirstThatTheServerDoesNotUseTls() {
        SSLException answered = new SSLException("Unsupported or unrecognized SSL message");
        SSLHandshakeException hungUp = new SSLHandshakeException("Remote host terminated the handshake");
        hungUp.initCause(new EOFException("SSL peer shut down incorrectly"));

        assertThat(Problems.describe(answered)).startsWith("The server does not seem to use TLS: ");
        assertThat(Problems.describe(hungUp)).startsWith("The server does not seem to use TLS: ");
    }

    @Test
    void anUntrustedCertificateIsStillExplainedAsOne() {
        SSLHandshakeException untrusted = new SSLHandshakeException("PKIX path building failed");

        assertThat(Problems.describe(untrusted)).startsWith("The server's certificate is not trusted");
    }
}
