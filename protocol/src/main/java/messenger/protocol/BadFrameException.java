package messenger.protocol;

/** A frame that breaks the framing rules: over a limit, a header that is not a JSON object, or no string {@code type}. */
public class BadFrameException extends Exception {
    public BadFrameException(String message) {
        super(message);
    }
}
