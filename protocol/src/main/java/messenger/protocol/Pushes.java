package messenger.protocol;

/** Frames the server sends without a request; they carry no {@code re}. */
public final class Pushes {

    private Pushes() {
    }

    public record MessagePush(Message message) {
        public static final String TYPE = "message";
    }

    /** Server extension: the server is going down; reconnect (with backoff) and sync. */
    public record Shutdown(String message) {
        public static final String TYPE = "shutdown";
    }
}
