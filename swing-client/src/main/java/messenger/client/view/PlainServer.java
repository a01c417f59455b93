package messenger.client.view;

import javax.net.ssl.SSLException;

/** Recognises a TLS handshake that failed because the server answered, or hung up, without speaking TLS. */
final class PlainServer {

    /** What the JDK says when the answer is not a TLS record, or when the server closes at the ClientHello. */
    private static final String[] SIGNS = {"Unsupported or unrecognized SSL message",
            "Remote host terminated the handshake"};

    private PlainServer() {
    }

    static boolean answered(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLException && cause.getMessage() != null) {
                for (String sign : SIGNS) {
                    if (cause.getMessage().contains(sign)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
