package messenger.protocol.fuzz;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Byte-level damage: malformed UTF-8, random bytes, and mutations of a valid frame. */
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
    private static final long[] TAMPERED_LENGTHS = {0, 1, 7, 8, 63, 64, 65, 65_535, 65_536, 65_537, 1_048_575,
            1_048_576, 1_048_577, 0x7FFF_FFFFL, 0x8000_0000L, 0xFFFF_FFFEL, 0xFFFF_FFFFL};

    private HostileBytes() {
    }

    public static byte[] malformedUtf8(Random random) {
        return MALFORMED_UTF8.get(random.nextInt(MALFORMED_UTF8.size())).clone();
    }

    public static byte[] random(Random random) {
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** One to four mutations of a frame stream: bit flips, splices, truncation, tampered length prefixes. */
    public static byte[] mutate(Random random, byte[] frame) {
        byte[] bytes = frame.clone();
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            bytes = mutateOnce(random, bytes);
        }
        return bytes;
    }

    private static byte[] mutateOnce(Random random, byte[] bytes) {
        if (bytes.length == 0) {
            return random(random);
        }
        int at = random.nextInt(bytes.length);
        return switch (random.nextInt(8)) {
            case 0 -> flipBit(bytes, at, random.nextInt(8));
            case 1 -> replaceByte(bytes, at, (byte) random.nextInt(256));
            case 2 -> insert(bytes, at, malformedUtf8(random));
            case 3 -> insert(bytes, at, random(random));
            case 4 -> Arrays.copyOf(bytes, at);
            case 5 -> delete(bytes, at, 1 + random.nextInt(Math.min(16, bytes.length - at)));
            case 6 -> insert(bytes, at, Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + 32)));
            default -> tamperLength(random, bytes);
        };
    }

    private static byte[] flipBit(byte[] bytes, int at, int bit) {
        bytes[at] ^= (byte) (1 << bit);
        return bytes;
    }

    private static byte[] replaceByte(byte[] bytes, int at, byte value) {
        bytes[at] = value;
        return bytes;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        byte[] result = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
        return result;
    }

    private static byte[] delete(byte[] bytes, int at, int count) {
        byte[] result = new byte[bytes.length - count];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(bytes, at + count, result, at, bytes.length - at - count);
        return result;
    }

    /** Rewrites the header or payload length of the first frame: an edge value, or the real one give or take one. */
    private static byte[] tamperLength(Random random, byte[] bytes) {
        if (bytes.length < 8) {
            return bytes;
        }
        ByteBuffer prefix = ByteBuffer.wrap(bytes);
        int position = random.nextBoolean() ? 0 : 4;
        long value = switch (random.nextInt(3)) {
            case 0 -> Integer.toUnsignedLong(prefix.getInt(position)) + 1;
            case 1 -> Integer.toUnsignedLong(prefix.getInt(position)) - 1;
            default -> TAMPERED_LENGTHS[random.nextInt(TAMPERED_LENGTHS.length)];
        };
        prefix.putInt(position, (int) value);
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
