package messenger.protocol;

/** Frames the server sends without a request; they carry no {@code re}. */
public final class Pushes {

    private Pushes() {
    }

    public record MessagePush(Message message) {
        public static final String TYPE = "message";
    }
}
