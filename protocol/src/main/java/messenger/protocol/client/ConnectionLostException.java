package messenger.protocol.client;

/** The connection is closed or broken; every request in flight on it fails with this. Reconnect to go on. */
public class ConnectionLostException extends RuntimeException {
    public ConnectionLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
