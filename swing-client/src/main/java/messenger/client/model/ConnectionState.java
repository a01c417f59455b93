package messenger.client.model;

/** What the status bar says about the chat connection. */
public enum ConnectionState {
    CONNECTING,
    CONNECTED,
    /** The connection dropped; the next attempt comes soon. */
    RECONNECTING,
    /** Several attempts failed (still retrying, slowly), or the server refused this device. */
    OFFLINE
}
