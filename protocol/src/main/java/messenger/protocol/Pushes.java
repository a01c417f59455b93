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

    /** Another member is typing in a conversation; show it for a few seconds or until their next message. */
    public record TypingPush(long conversation, String login) {
        public static final String TYPE = "typing";
    }

    /** A user's presence changed; only to connections subscribed with {@code all}. */
    public record PresencePush(Presence presence) {
        public static final String TYPE = "presence";
    }

    /** Server extension: the server is going down; reconnect (with backoff) and sync. */
    public record Shutdown(String message) {
        public static final String TYPE = "shutdown";
    }
}
