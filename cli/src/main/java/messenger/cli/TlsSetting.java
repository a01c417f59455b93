package messenger.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import messenger.protocol.client.Tls;

/**
 * Whether {@code messenger-cli} speaks TLS to the server, and whom it trusts there: the authorities the system
 * trusts, or the certificates in a PEM file (a self-signed server's own certificate, or its CA's).
 */
record TlsSetting(boolean enabled, Path certificate) {

    static final TlsSetting OFF = new TlsSetting(false, null);

    /** What the library connects with; an unreadable certificate file is the user's to fix. */
    Tls load() {
        if (!enabled) {
            return Tls.none();
        }
        if (certificate == null) {
            return Tls.systemTrust();
        }
        try {
            return Tls.trusting(certificate);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.NOT_FOUND, "no such certificate file: " + certificate, e);
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, "cannot use " + certificate + " as trusted certificate (a PEM file"
                    + " with -----BEGIN CERTIFICATE-----): " + e.getMessage(), e);
        }
    }

    /** Why a certificate may have failed the check, in words that say what to try. */
    String untrustedCertificate() {
        return certificate == null
                ? "its certificate is not signed by an authority this system trusts (for a self-signed server,"
                        + " give its certificate with --tls-cert FILE)"
                : "its certificate is neither in " + certificate + " nor signed by a certificate there";
    }
}
