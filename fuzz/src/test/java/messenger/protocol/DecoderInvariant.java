package messenger.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import messenger.protocol.fuzz.Bounded;
import messenger.protocol.fuzz.DecodedStream;
import messenger.protocol.fuzz.FuzzCorpus;
import messenger.protocol.fuzz.Hex;

/**
 * What the frame decoder must make of any input, as the fuzz tests check it: a frame, a
 * {@link BadFrameException} or the end of the stream, using at most a second of CPU time and allocating no more
 * than the limits allow. Anything else (a runtime exception, an error, a slow case) fails with the input as hex, which
 * {@code xxd -r -p} turns into a corpus file ({@code fuzz-corpus/README.md}).
 */
final class DecoderInvariant {

    private static final Duration MAX_CASE = Duration.ofSeconds(1);
    /** Re-encoding may lengthen a header (Gson escapes U+2028 and U+2029), so the copy gets room to grow. */
    private static final FrameLimits REENCODING_LIMITS =
            new FrameLimits(Integer.MAX_VALUE, FrameLimits.DEFAULT_MAX_PAYLOAD);

    private DecoderInvariant() {
    }

    /** Loads and initialises the decoder's classes first, so that no case is charged for them. */
    static void warmUp() throws Exception {
        for (FuzzCorpus.Entry entry : FuzzCorpus.entries()) {
            for (Frame frame : DecodedStream.of(entry.bytes(), FrameLimits.DEFAULT).frames()) {
                DecodedStream.of(FrameCodec.encode(frame), REENCODING_LIMITS);
            }
        }
    }

    /** Decodes the whole stream; every frame it yields must also survive being encoded and decoded again. */
    static void streamDecodesAndReencodes(byte[] bytes) {
        described(bytes, () -> {
            DecodedStream decoded = Bounded.run(MAX_CASE, allocationBound(bytes.length),
                    () -> DecodedStream.of(bytes, FrameLimits.DEFAULT));
            for (Frame frame : decoded.frames()) {
                DecodedStream again = DecodedStream.of(FrameCodec.encode(frame), REENCODING_LIMITS);
                assertThat(again.ending()).isEqualTo(DecodedStream.Ending.CLEAN);
                assertThat(again.frames()).singleElement()
                        .satisfies(copy -> assertThat(copy.payload()).isEqualTo(frame.payload()));
            }
        });
    }

    /** The header, read from the middle of a larger array, is an object with a string type or a bad frame. */
    static void headerIsAnObjectOrABadFrame(byte[] header) {
        byte[] padded = new byte[header.length + 6];
        System.arraycopy(header, 0, padded, 3, header.length);
        described(header, () -> Bounded.run(MAX_CASE, allocationBound(header.length), () -> {
            try {
                assertThat(FrameCodec.decodeHeader(padded, 3, header.length).get("type").getAsJsonPrimitive()
                        .isString()).isTrue();
            } catch (BadFrameException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
            return null;
        }));
    }

    /** A check whose failure names the input. */
    private interface Check {
        void run() throws Exception;
    }

    private static void described(byte[] input, Check check) {
        try {
            check.run();
        } catch (Exception | AssertionError | StackOverflowError e) {
            throw new AssertionError("input of " + Hex.describe(input) + "\n" + e, e);
        }
    }

    /**
     * What decoding {@code length} bytes may allocate: the buffers the limits allow for one frame (a legal
     * length prefix whose bytes never come), plus a parsed tree of at most a hundred times the bytes.
     */
    private static long allocationBound(int length) {
        return FrameLimits.DEFAULT_MAX_HEADER + FrameLimits.DEFAULT_MAX_PAYLOAD + 100L * length + 256 * 1024;
    }
}
