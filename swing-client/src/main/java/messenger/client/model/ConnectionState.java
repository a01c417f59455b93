package messenger.client.model;

/** What the status bar says about the chat connection. */
public enum ConnectionState {
    CONNECTING,
    CONNECTED,
    /** The connection failed or dropped; the client keeps trying, at a time the status gives. */
    RECONNECTING,
    /** The server refused this device's sign-in: only signing in again helps. */
    SIGNED_OUT
}
