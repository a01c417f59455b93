package messenger.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import messenger.protocol.fuzz.Bounded;
import messenger.protocol.fuzz.DecodedStream;
import messenger.protocol.fuzz.FuzzCorpus;
import messenger.protocol.fuzz.FuzzInput;
import messenger.protocol.fuzz.HostileBytes;
import messenger.protocol.fuzz.HostileJson;
import messenger.protocol.fuzz.RequestType;
import messenger.protocol.fuzz.SampleRequests;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile bytes into the frame decoder (jqwik properties): whatever arrives, {@link FrameCodec#read} returns a
 * frame, throws {@link BadFrameException}, or hits the end of the stream, within a second and allocating no
 * more than the limits allow. Anything else (a runtime exception, an error, a slow case) fails with jqwik's
 * seed and the input as hex. {@code FuzzCorpusTest} replays the committed corpus.
 */
class FrameCodecFuzzTest {

    private static final Duration MAX_CASE = Duration.ofSeconds(1);
    private static final List<RequestType> TYPES = RequestType.all();
    private static final List<FuzzCorpus.Entry> CORPUS = FuzzCorpus.entries();
    /** Re-encoding may lengthen a header (Gson escapes U+2028 and U+2029), so the copy gets room to grow. */
    private static final FrameLimits REENCODING_LIMITS =
            new FrameLimits(Integer.MAX_VALUE, FrameLimits.DEFAULT_MAX_PAYLOAD);

    /** Loads and initialises the decoder's classes first, so that no case is charged for them. */
    @BeforeContainer
    static void warmUp() throws Exception {
        for (FuzzCorpus.Entry entry : CORPUS) {
            for (Frame frame : DecodedStream.of(entry.bytes(), FrameLimits.DEFAULT).frames()) {
                DecodedStream.of(FrameCodec.encode(frame), REENCODING_LIMITS);
            }
        }
    }

    @Property(tries = 4_000, edgeCases = EdgeCasesMode.NONE)
    void arbitraryBytesAreFramesABadFrameOrATruncatedStream(@ForAll("arbitraryBytes") FuzzInput input)
            throws Exception {
        decodeAndReencode(input.bytes());
    }

    @Property(tries = 4_000, edgeCases = EdgeCasesMode.NONE)
    void mutatedFramesAreFramesABadFrameOrATruncatedStream(@ForAll("mutatedFrames") FuzzInput input)
            throws Exception {
        decodeAndReencode(input.bytes());
    }

    @Property(tries = 4_000, edgeCases = EdgeCasesMode.NONE)
    void hostileHeadersAreAHeaderObjectOrABadFrame(@ForAll("hostileHeaders") FuzzInput input) {
        byte[] header = input.bytes();
        byte[] padded = new byte[header.length + 6];
        System.arraycopy(header, 0, padded, 3, header.length);
        Bounded.run(MAX_CASE, allocationBound(header.length), () -> {
            try {
                assertThat(FrameCodec.decodeHeader(padded, 3, header.length).get("type").getAsJsonPrimitive()
                        .isString()).isTrue();
            } catch (BadFrameException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
            return null;
        });
    }

    @Provide
    Arbitrary<FuzzInput> arbitraryBytes() {
        return HostileBytes.random().map(FuzzInput::new);
    }

    /** Valid request frames of every type, and corpus inputs, damaged one to four times. */
    @Provide
    Arbitrary<FuzzInput> mutatedFrames() {
        Arbitrary<byte[]> valid = Arbitraries.frequencyOf(
                Tuple.of(3, SampleRequests.frames(TYPES, Arbitraries.just("1"), 30, 2)),
                Tuple.of(1, Arbitraries.of(CORPUS).map(FuzzCorpus.Entry::bytes)));
        return HostileBytes.mutated(valid).map(FuzzInput::new);
    }

    /** Request headers with hostile field values and ids, a quarter of them with malformed UTF-8 spliced in. */
    @Provide
    Arbitrary<FuzzInput> hostileHeaders() {
        Arbitrary<String> ids = Arbitraries.oneOf(Arbitraries.just("1"), HostileJson.values());
        Arbitrary<byte[]> headers = SampleRequests.headers(TYPES, ids, 80)
                .map(header -> header.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(Tuple.of(3, headers),
                Tuple.of(1, HostileBytes.mutated(headers))).map(FuzzInput::new);
    }

    /** Decodes the whole stream; every frame it yields must also survive being encoded and decoded again. */
    private static void decodeAndReencode(byte[] bytes) throws Exception {
        DecodedStream decoded = Bounded.run(MAX_CASE, allocationBound(bytes.length),
                () -> DecodedStream.of(bytes, FrameLimits.DEFAULT));
        for (Frame frame : decoded.frames()) {
            DecodedStream again = DecodedStream.of(FrameCodec.encode(frame), REENCODING_LIMITS);
            assertThat(again.ending()).isEqualTo(DecodedStream.Ending.CLEAN);
            assertThat(again.frames()).singleElement()
                    .satisfies(copy -> assertThat(copy.payload()).isEqualTo(frame.payload()));
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
