package messenger.protocol.fuzz;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Request frames of every type whose fields are plausible, hostile (see {@link HostileJson}) or left out. */
public final class SampleRequests {

    private static final String[] TEXTS = {"\"alice\"", "\"correct horse battery\"", "\"laptop\"", "\"hi\"",
        "\"notes.txt\"", "\"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824\""};
    /** Out of every 80 fields one in eight is left out; the rest are hostile in the given percentage. */
    private static final int LEFT_OUT = 10;
    private static final int PRESENT = 70;

    private SampleRequests() {
    }

    /** Headers of any of {@code types}, with an {@code id} from {@code ids} (JSON text). */
    public static Arbitrary<String> headers(List<RequestType> types, Arbitrary<String> ids, int hostilePercent) {
        return Arbitraries.of(types).flatMap(type -> header(type, ids, hostilePercent));
    }

    /** A header of {@code type}; each of its fields is hostile with the given odds, or left out. */
    public static Arbitrary<String> header(RequestType type, Arbitrary<String> ids, int hostilePercent) {
        List<Arbitrary<String>> members = new ArrayList<>();
        members.add(Arbitraries.just("\"type\":\"" + type.name() + "\""));
        members.add(ids.map(id -> "\"id\":" + id));
        for (RecordComponent field : type.fields()) {
            members.add(member(field, hostilePercent));
        }
        return Combinators.combine(members).as(present -> present.stream()
                .filter(member -> !member.isEmpty())
                .collect(Collectors.joining(",", "{", "}")));
    }

    /**
     * One to {@code maxFrames} request frames in a row; an {@code upload.chunk} carries 1 to 64 bytes, and now
     * and then another type carries a few too.
     */
    public static Arbitrary<byte[]> frames(List<RequestType> types, Arbitrary<String> ids, int hostilePercent,
            int maxFrames) {
        Arbitrary<byte[]> frame = Arbitraries.of(types).flatMap(type -> Combinators.combine(
                header(type, ids, hostilePercent), payload(type)).as(SampleRequests::frame));
        return frame.list().ofMinSize(1).ofMaxSize(maxFrames).map(list -> {
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            list.forEach(stream::writeBytes);
            return stream.toByteArray();
        });
    }

    public static byte[] frame(String headerJson, byte[] payload) {
        return frame(headerJson.getBytes(StandardCharsets.UTF_8), payload);
    }

    public static byte[] frame(byte[] header, byte[] payload) {
        return ByteBuffer.allocate(8 + header.length + payload.length)
                .putInt(header.length).putInt(payload.length).put(header).put(payload).array();
    }

    private static Arbitrary<byte[]> payload(RequestType type) {
        Arbitrary<byte[]> some = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64);
        return type.name().equals("upload.chunk") ? some
                : Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(new byte[0])), Tuple.of(1, some));
    }

    /** {@code "name":value}, or an empty string for a field left out. */
    private static Arbitrary<String> member(RecordComponent field, int hostilePercent) {
        int hostile = PRESENT * hostilePercent / 100;
        List<Tuple.Tuple2<Integer, Arbitrary<? extends String>>> choices = new ArrayList<>();
        choices.add(Tuple.of(LEFT_OUT, Arbitraries.just("")));
        if (hostile > 0) {
            choices.add(Tuple.of(hostile, HostileJson.values()));
        }
        if (hostile < PRESENT) {
            choices.add(Tuple.of(PRESENT - hostile, plausible(field)));
        }
        @SuppressWarnings("unchecked")
        Arbitrary<String> values = Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new));
        return values.map(value -> value.isEmpty() ? "" : "\"" + field.getName() + "\":" + value);
    }

    private static Arbitrary<String> plausible(RecordComponent field) {
        Class<?> type = field.getType();
        if (type == String.class) {
            return Arbitraries.of(TEXTS);
        }
        if (type == Integer.class || type == int.class) {
            return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(1)),
                    Tuple.of(2, Arbitraries.integers().between(0, 199))).map(Object::toString);
        }
        if (type == Long.class || type == long.class) {
            return Arbitraries.longs().between(0, 39).map(Object::toString);
        }
        return HostileJson.values();
    }
}
