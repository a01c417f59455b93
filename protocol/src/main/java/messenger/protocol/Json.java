package messenger.protocol;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

/** The one Gson configuration of the protocol: null fields are omitted, numbers stay exact. */
public final class Json {

    public static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private Json() {
    }

    /** Serialises a request/result record into a header object and adds its {@code type}. */
    public static JsonObject object(String type, Object body) {
        JsonObject header = new JsonObject();
        header.addProperty("type", type);
        if (body != null) {
            GSON.toJsonTree(body).getAsJsonObject().entrySet().forEach(e -> header.add(e.getKey(), e.getValue()));
        }
        return header;
    }
}
