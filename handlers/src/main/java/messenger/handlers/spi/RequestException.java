package messenger.handlers.spi;

import com.google.gson.JsonObject;
import java.time.Duration;
import messenger.protocol.ErrorCode;

/**
 * A request failed for a reason the client should know: it becomes an {@code error} reply with this code and
 * message (plus {@link #extraFields()}). The dispatcher's transaction ({@link Runs#IN_TRANSACTION}) is rolled back
 * unless {@link #keepChanges()} is set, for failures that must leave a trace, such as a failed attempt counted.
 */
public class RequestException extends RuntimeException {

    private final ErrorCode code;
    private final transient JsonObject extraFields;
    private final boolean keepChanges;

    public RequestException(ErrorCode code, String message) {
        this(code, message, new JsonObject(), false);
    }

    public RequestException(ErrorCode code, String message, JsonObject extraFields, boolean keepChanges) {
        super(message, null, false, false);
        this.code = code;
        this.extraFields = extraFields;
        this.keepChanges = keepChanges;
    }

    /** {@code RATE_LIMITED} with {@code retryAfter}: the whole seconds after which a retry can succeed. */
    public static RequestException rateLimited(String message, Duration retryAfter) {
        JsonObject fields = new JsonObject();
        fields.addProperty("retryAfter", Math.max(1, (retryAfter.toMillis() + 999) / 1000));
        return new RequestException(ErrorCode.RATE_LIMITED, message, fields, false);
    }

    public ErrorCode code() {
        return code;
    }

    public JsonObject extraFields() {
        return extraFields;
    }

    public boolean keepChanges() {
        return keepChanges;
    }
}
