package messenger.protocol.fuzz;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

/** Request frames of every type whose fields are plausible, hostile (see {@link HostileJson}) or left out. */
public final class SampleRequests {

    private static final List<String> TEXTS = List.of("\"alice\"", "\"correct horse battery\"", "\"laptop\"",
            "\"hi\"", "\"notes.txt\"", "\"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824\"");
    /** Out of every 80 fields one in eight is left out; the rest are hostile in the given percentage. */
    private static final int LEFT_OUT = 10;
    private static final int PRESENT = 70;

    private SampleRequests() {
    }

    /** A header of any of {@code types}, with an {@code id} from {@code ids} (JSON text). */
    public static String header(Choices choices, List<RequestType> types, Function<Choices, String> ids,
            int hostilePercent) {
        return header(choices, choices.pick(types), ids, hostilePercent);
    }

    /** A header of {@code type}; each of its fields is hostile with the given odds, or left out. */
    public static String header(Choices choices, RequestType type, Function<Choices, String> ids,
            int hostilePercent) {
        StringJoiner members = new StringJoiner(",", "{", "}");
        members.add("\"type\":\"" + type.name() + "\"");
        members.add("\"id\":" + ids.apply(choices));
        for (RecordComponent field : type.fields()) {
            String member = member(choices, field, hostilePercent);
            if (!member.isEmpty()) {
                members.add(member);
            }
        }
        return members.toString();
    }

    /**
     * One to {@code maxFrames} request frames in a row; an {@code upload.chunk} carries 1 to 64 bytes, and now
     * and then another type carries a few too.
     */
    public static byte[] frames(Choices choices, List<RequestType> types, Function<Choices, String> ids,
            int hostilePercent, int maxFrames) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        int count = choices.between(1, maxFrames);
        for (int i = 0; i < count; i++) {
            RequestType type = choices.pick(types);
            stream.writeBytes(frame(header(choices, type, ids, hostilePercent), payload(choices, type)));
        }
        return stream.toByteArray();
    }

    public static byte[] frame(String headerJson, byte[] payload) {
        return frame(headerJson.getBytes(StandardCharsets.UTF_8), payload);
    }

    public static byte[] frame(byte[] header, byte[] payload) {
        return ByteBuffer.allocate(8 + header.length + payload.length)
                .putInt(header.length).putInt(payload.length).put(header).put(payload).array();
    }

    private static byte[] payload(Choices choices, RequestType type) {
        if (type.name().equals("upload.chunk") || choices.weighted(3, 1) == 1) {
            return choices.bytes(1, 64);
        }
        return new byte[0];
    }

    /** {@code "name":value}, or an empty string for a field left out. */
    private static String member(Choices choices, RecordComponent field, int hostilePercent) {
        int hostile = PRESENT * hostilePercent / 100;
        String value = switch (choices.weighted(LEFT_OUT, hostile, PRESENT - hostile)) {
            case 0 -> "";
            case 1 -> HostileJson.value(choices);
            default -> plausible(choices, field);
        };
        return value.isEmpty() ? "" : "\"" + field.getName() + "\":" + value;
    }

    private static String plausible(Choices choices, RecordComponent field) {
        Class<?> type = field.getType();
        if (type == String.class) {
            return choices.pick(TEXTS);
        }
        if (type == Integer.class || type == int.class) {
            return String.valueOf(choices.weighted(1, 2) == 0 ? 1 : choices.between(0, 199));
        }
        if (type == Long.class || type == long.class) {
            return String.valueOf(choices.between(0, 39));
        }
        return HostileJson.value(choices);
    }
}
