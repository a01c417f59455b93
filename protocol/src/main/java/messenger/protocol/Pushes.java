package messenger.protocol;

/** Frames the server sends without a request; they carry no {@code re}. */
public final class Pushes {

    private Pushes() {
    }

    public record MessagePush(Message message) {
        public static final String TYPE = "message";
    }

    /** A change to one of the user's conversations; only to connections subscribed with {@code all}. */
    public record EventPush(ConversationEvent event) {
        public static final String TYPE = "event";
    }

    /** Server extension: the server is going down; reconnect (with backoff) and sync. */
    public record Shutdown(String message) {
        public static final String TYPE = "shutdown";
    }
}
