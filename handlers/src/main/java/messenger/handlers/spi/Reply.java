package messenger.handlers.spi;

import com.google.gson.JsonObject;
import messenger.protocol.Json;

/** The fields of an {@code ok} reply (the server adds {@code type} and {@code re}) and its payload. */
public record Reply(JsonObject fields, byte[] payload) {

    private static final byte[] NO_PAYLOAD = new byte[0];

    public static Reply ok() {
        return new Reply(new JsonObject(), NO_PAYLOAD);
    }

    /** A reply whose fields are those of {@code result}, a record of {@link messenger.protocol.Results}. */
    public static Reply of(Object result) {
        return new Reply(Json.GSON.toJsonTree(result).getAsJsonObject(), NO_PAYLOAD);
    }

    public static Reply of(Object result, byte[] payload) {
        return new Reply(Json.GSON.toJsonTree(result).getAsJsonObject(), payload);
    }
}
