package messenger.protocol.client;

import com.google.gson.JsonObject;
import messenger.protocol.ErrorCode;

/** The server answered a request with {@code error}; {@link #header()} holds any extra fields (e.g. {@code expected}). */
public class MessengerException extends RuntimeException {

    private final ErrorCode code;
    private final transient JsonObject header;

    public MessengerException(ErrorCode code, String message, JsonObject header) {
        super(message);
        this.code = code;
        this.header = header;
    }

    public ErrorCode code() {
        return code;
    }

    public JsonObject header() {
        return header;
    }

    @Override
    public String toString() {
        return code + ": " + getMessage();
    }
}
