package messenger.server.dispatch;

import com.google.gson.JsonObject;
import java.util.Map;
import messenger.handlers.spi.Reply;
import messenger.protocol.ErrorCode;
import messenger.protocol.Frame;

/** Builds reply frames: {@code type} and {@code re} first, then the result or error fields. */
public final class Replies {

    private Replies() {
    }

    public static ReplyFrame ok(long re, Reply reply) {
        JsonObject header = envelope("ok", re);
        for (Map.Entry<String, com.google.gson.JsonElement> field : reply.fields().entrySet()) {
            header.add(field.getKey(), field.getValue());
        }
        return new ReplyFrame(header, reply.payload());
    }

    /** An error reply; {@code re} is null for a connection-level error such as {@code BAD_FRAME}. */
    public static Frame error(Long re, ErrorCode code, String message) {
        return error(re, code, message, new JsonObject());
    }

    public static Frame error(Long re, ErrorCode code, String message, JsonObject extraFields) {
        JsonObject header = envelope("error", re);
        header.addProperty("code", code.name());
        header.addProperty("message", message);
        extraFields.entrySet().forEach(field -> header.add(field.getKey(), field.getValue()));
        return new Frame(header);
    }

    private static JsonObject envelope(String type, Long re) {
        JsonObject header = new JsonObject();
        header.addProperty("type", type);
        if (re != null) {
            header.addProperty("re", re);
        }
        return header;
    }
}
