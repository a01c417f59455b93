package messenger.protocol.fuzz;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

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
    private static final List<Long> TAMPERED_LENGTHS = List.of(0L, 1L, 7L, 8L, 63L, 64L, 65L, 65_535L, 65_536L,
            65_537L, 1_048_575L, 1_048_576L, 1_048_577L, 0x7FFF_FFFFL, 0x8000_0000L, 0xFFFF_FFFEL, 0xFFFF_FFFFL);

    private HostileBytes() {
    }

    public static byte[] malformedUtf8(Choices choices) {
        return choices.pick(MALFORMED_UTF8).clone();
    }

    public static byte[] random(Choices choices) {
        return choices.bytes(0, 200);
    }

    /** One to four mutations of a frame stream: bit flips, splices, truncation, tampered length prefixes. */
    public static byte[] mutated(Choices choices, byte[] stream) {
        byte[] bytes = stream.clone();
        int mutations = choices.between(1, 4);
        for (int i = 0; i < mutations; i++) {
            bytes = mutate(choices, bytes);
        }
        return bytes;
    }

    /** One change to a byte stream; it may change the array it is given. */
    private static byte[] mutate(Choices choices, byte[] bytes) {
        int at = choices.between(0, Integer.MAX_VALUE);
        return switch (choices.between(0, 7)) {
            case 0 -> flipBit(bytes, at, choices.between(0, 7));
            case 1 -> replaceByte(bytes, at, choices.anyByte());
            case 2 -> insert(bytes, at, malformedUtf8(choices));
            case 3 -> insert(bytes, at, random(choices));
            case 4 -> bytes.length == 0 ? bytes : Arrays.copyOf(bytes, at % bytes.length);
            case 5 -> delete(bytes, at, choices.between(1, 16));
            case 6 -> repeat(bytes, at);
            default -> tamperLength(bytes, choices.anyBoolean() ? 0 : 4, choices);
        };
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

    /**
     * Rewrites the header length ({@code position} 0) or payload length (4) of the first frame: the real length
     * give or take one, or an edge value.
     */
    private static byte[] tamperLength(byte[] bytes, int position, Choices choices) {
        if (bytes.length < 8) {
            return bytes;
        }
        ByteBuffer prefix = ByteBuffer.wrap(bytes);
        long length = Integer.toUnsignedLong(prefix.getInt(position));
        long tampered = switch (choices.between(0, 2)) {
            case 0 -> length + 1;
            case 1 -> length - 1;
            default -> choices.pick(TAMPERED_LENGTHS);
        };
        prefix.putInt(position, (int) tampered);
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
