package messenger.protocol;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** One protocol frame: a JSON header and raw payload bytes (empty for most types). */
public record Frame(JsonObject header, byte[] payload) {

    private static final byte[] NO_PAYLOAD = new byte[0];

    public Frame {
        payload = payload == null ? NO_PAYLOAD : payload;
    }

    public Frame(JsonObject header) {
        this(header, NO_PAYLOAD);
    }

    public String type() {
        return header.get("type").getAsString();
    }

    /** The {@code re} of a reply, or 0 for a push or a connection-level error. */
    public long re() {
        JsonElement re = header.get("re");
        return re == null || !re.isJsonPrimitive() ? 0 : re.getAsLong();
    }
}
