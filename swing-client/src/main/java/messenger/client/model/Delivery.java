package messenger.client.model;

/** Where one of our messages is on its way to the server. Messages of others are always {@link #SENT}. */
public enum Delivery {
    /** Written here, not yet confirmed by the server's {@code ok}; re-sent after a reconnect. */
    PENDING,
    /** Stored by the server, with its id. */
    SENT,
    /** The server refused it; it is not re-sent unless the user tries it again, and stays until they discard it. */
    FAILED
}
