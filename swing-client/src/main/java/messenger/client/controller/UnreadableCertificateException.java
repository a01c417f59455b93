package messenger.client.controller;

import java.io.IOException;

/** The certificate file chosen for TLS exists but holds no certificate the client can use. */
public final class UnreadableCertificateException extends Exception {

    UnreadableCertificateException(IOException cause) {
        super("no readable certificate: " + cause.getMessage(), cause);
    }
}
