package messenger.handlers.spi;

import com.google.gson.JsonObject;
import messenger.protocol.Json;

/**
 * The fields of an {@code ok} reply (the server adds {@code type} and {@code re}) and its payload: bytes, or a
 * {@link FilePart} sent straight from disk (then {@code payload} is empty).
 */
public record Reply(JsonObject fields, byte[] payload, FilePart filePayload) {

    private static final byte[] NO_PAYLOAD = new byte[0];

    public static Reply ok() {
        return new Reply(new JsonObject(), NO_PAYLOAD, null);
    }

    /** A reply whose fields are those of {@code result}, a record of {@link messenger.protocol.Results}. */
    public static Reply of(Object result) {
        return new Reply(Json.GSON.toJsonTree(result).getAsJsonObject(), NO_PAYLOAD, null);
    }

    public static Reply of(Object result, byte[] payload) {
        return new Reply(Json.GSON.toJsonTree(result).getAsJsonObject(), payload, null);
    }

    public static Reply of(Object result, FilePart payload) {
        return new Reply(Json.GSON.toJsonTree(result).getAsJsonObject(), NO_PAYLOAD, payload);
    }

    public int payloadLength() {
        return filePayload != null ? filePayload.length() : payload.length;
    }
}
