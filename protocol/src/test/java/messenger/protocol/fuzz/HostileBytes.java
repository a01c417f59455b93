package messenger.protocol.fuzz;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongUnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Byte-level damage: malformed UTF-8, random bytes, and mutations of a valid frame stream. */
public final class HostileBytes {

    private static final List<byte[]> MALFORMED_UTF8 = List.of(
            bytes(0xC0, 0xAF),                   // overlong '/'
            bytes(0xC0, 0x80),                   // overlong NUL (modified UTF-8)
            bytes(0xE0, 0x80, 0xAF),             // overlong, three bytes
            bytes(0xF0, 0x80, 0x80, 0xAF),       // overlong, four bytes
            bytes(0xED, 0xA0, 0x80),             // encoded high surrogate U+D800
            bytes(0xED, 0xBF, 0xBF),             // encoded low surrogate U+DFFF
            bytes(0xED, 0xA0, 0xBD, 0xED, 0xB2, 0xA9), // CESU-8 surrogate pair
            bytes(0xF4, 0x90, 0x80, 0x80),       // above U+10FFFF
            bytes(0xF5), bytes(0xFE), bytes(0xFF), // bytes that never occur in UTF-8
            bytes(0x80), bytes(0xBF),            // lone continuation bytes
            bytes(0xE2, 0x82),                   // truncated sequence
            bytes(0xC2));                        // lead byte without its continuation
    private static final Long[] TAMPERED_LENGTHS = {0L, 1L, 7L, 8L, 63L, 64L, 65L, 65_535L, 65_536L, 65_537L,
        1_048_575L, 1_048_576L, 1_048_577L, 0x7FFF_FFFFL, 0x8000_0000L, 0xFFFF_FFFEL, 0xFFFF_FFFFL};

    /** One change to a byte stream; it may change the array it is given. */
    @FunctionalInterface
    private interface Mutation {
        byte[] apply(byte[] bytes);
    }

    private HostileBytes() {
    }

    public static Arbitrary<byte[]> malformedUtf8() {
        return Arbitraries.of(MALFORMED_UTF8).map(byte[]::clone);
    }

    public static Arbitrary<byte[]> random() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    }

    /** One to four mutations of a frame stream: bit flips, splices, truncation, tampered length prefixes. */
    public static Arbitrary<byte[]> mutated(Arbitrary<byte[]> streams) {
        return Combinators.combine(streams, mutations().list().ofMinSize(1).ofMaxSize(4)).as((stream, mutations) -> {
            byte[] bytes = stream.clone();
            for (Mutation mutation : mutations) {
                bytes = mutation.apply(bytes);
            }
            return bytes;
        });
    }

    private static Arbitrary<Mutation> mutations() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        return Arbitraries.oneOf(
                Combinators.combine(at, Arbitraries.integers().between(0, 7))
                        .as((position, bit) -> (Mutation) bytes -> flipBit(bytes, position, bit)),
                Combinators.combine(at, Arbitraries.bytes())
                        .as((position, value) -> (Mutation) bytes -> replaceByte(bytes, position, value)),
                Combinators.combine(at, malformedUtf8())
                        .as((position, inserted) -> (Mutation) bytes -> insert(bytes, position, inserted)),
                Combinators.combine(at, random())
                        .as((position, inserted) -> (Mutation) bytes -> insert(bytes, position, inserted)),
                at.map(position -> (Mutation) bytes -> bytes.length == 0 ? bytes
                        : Arrays.copyOf(bytes, position % bytes.length)),
                Combinators.combine(at, Arbitraries.integers().between(1, 16))
                        .as((position, count) -> (Mutation) bytes -> delete(bytes, position, count)),
                at.map(position -> (Mutation) bytes -> repeat(bytes, position)),
                Combinators.combine(Arbitraries.of(0, 4), lengthChanges())
                        .as((position, change) -> (Mutation) bytes -> tamperLength(bytes, position, change)));
    }

    /** The real length give or take one, or an edge value. */
    private static Arbitrary<LongUnaryOperator> lengthChanges() {
        return Arbitraries.oneOf(
                Arbitraries.just(length -> length + 1),
                Arbitraries.just(length -> length - 1),
                Arbitraries.of(TAMPERED_LENGTHS).map(edge -> length -> edge));
    }

    private static byte[] flipBit(byte[] bytes, int position, int bit) {
        if (bytes.length > 0) {
            bytes[position % bytes.length] ^= (byte) (1 << bit);
        }
        return bytes;
    }

    private static byte[] replaceByte(byte[] bytes, int position, byte value) {
        if (bytes.length > 0) {
            bytes[position % bytes.length] = value;
        }
        return bytes;
    }

    private static byte[] insert(byte[] bytes, int position, byte[] inserted) {
        int at = position % (bytes.length + 1);
        byte[] result = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
        return result;
    }

    private static byte[] delete(byte[] bytes, int position, int count) {
        if (bytes.length == 0) {
            return bytes;
        }
        int at = position % bytes.length;
        int deleted = Math.min(count, bytes.length - at);
        byte[] result = new byte[bytes.length - deleted];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(bytes, at + deleted, result, at, bytes.length - at - deleted);
        return result;
    }

    /** Repeats up to 32 bytes in place, as a retransmission would. */
    private static byte[] repeat(byte[] bytes, int position) {
        int at = position % (bytes.length + 1);
        return insert(bytes, at, Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + 32)));
    }

    /** Rewrites the header length ({@code position} 0) or payload length (4) of the first frame. */
    private static byte[] tamperLength(byte[] bytes, int position, LongUnaryOperator change) {
        if (bytes.length < 8) {
            return bytes;
        }
        ByteBuffer prefix = ByteBuffer.wrap(bytes);
        prefix.putInt(position, (int) change.applyAsLong(Integer.toUnsignedLong(prefix.getInt(position))));
        return bytes;
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
