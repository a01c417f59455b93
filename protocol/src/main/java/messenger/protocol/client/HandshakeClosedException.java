package messenger.protocol.client;

import javax.net.ssl.SSLException;

/**
 * The server, or something in between (a relay, a load balancer with no server behind it), closed the connection
 * during the TLS handshake, before showing a certificate: a connection lost, worth trying again, not a certificate
 * refused. Also what a server that does not speak TLS may do.
 */
public final class HandshakeClosedException extends SSLException {

    HandshakeClosedException(String message, Throwable cause) {
        super(message, cause);
    }
}
