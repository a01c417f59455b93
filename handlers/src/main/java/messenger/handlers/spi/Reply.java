package messenger.handlers.spi;

import com.google.gson.JsonObject;
import messenger.protocol.Json;

/** The fields of an {@code ok} reply (the server adds {@code type} and {@code re}) and its payload. */
public record Reply(JsonObject fields, Payload payload) {

    public static Reply ok() {
        return new Reply(new JsonObject(), Payload.NONE);
    }

    /** A reply whose fields are those of {@code result}, a record of {@link messenger.protocol.Results}. */
    public static Reply of(Object result) {
        return of(result, Payload.NONE);
    }

    public static Reply of(Object result, byte[] payload) {
        return of(result, Payload.of(payload));
    }

    /** A reply with bytes in memory or a region of a file (see {@link Payload.FileRegion}). */
    public static Reply of(Object result, Payload payload) {
        return new Reply(Json.GSON.toJsonTree(result).getAsJsonObject(), payload);
    }
}
