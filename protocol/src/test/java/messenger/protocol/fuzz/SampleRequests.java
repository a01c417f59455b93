package messenger.protocol.fuzz;

import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

/** Request frames of every type whose fields are plausible, hostile (see {@link HostileJson}) or left out. */
public final class SampleRequests {

    private static final List<String> TEXTS = List.of("\"alice\"", "\"correct horse battery\"", "\"laptop\"",
            "\"hi\"", "\"notes.txt\"", "\"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824\"");

    private SampleRequests() {
    }

    /** A header of {@code type} with the given {@code id} JSON text; each field is hostile with the given odds. */
    public static String header(Random random, RequestType type, String id, double hostileOdds) {
        StringJoiner fields = new StringJoiner(",", "{", "}");
        fields.add("\"type\":\"" + type.name() + "\"");
        fields.add("\"id\":" + id);
        for (RecordComponent field : type.fields()) {
            if (random.nextInt(8) == 0) {
                continue;
            }
            String value = random.nextDouble() < hostileOdds ? HostileJson.value(random) : plausible(random, field);
            fields.add("\"" + field.getName() + "\":" + value);
        }
        return fields.toString();
    }

    public static byte[] frame(String headerJson, byte[] payload) {
        return frame(headerJson.getBytes(StandardCharsets.UTF_8), payload);
    }

    public static byte[] frame(byte[] header, byte[] payload) {
        return ByteBuffer.allocate(8 + header.length + payload.length)
                .putInt(header.length).putInt(payload.length).put(header).put(payload).array();
    }

    private static String plausible(Random random, RecordComponent field) {
        Class<?> type = field.getType();
        if (type == String.class) {
            return TEXTS.get(random.nextInt(TEXTS.size()));
        }
        if (type == Integer.class || type == int.class) {
            return Integer.toString(random.nextInt(3) == 0 ? 1 : random.nextInt(200));
        }
        if (type == Long.class || type == long.class) {
            return Long.toString(random.nextInt(40));
        }
        return HostileJson.value(random);
    }
}
