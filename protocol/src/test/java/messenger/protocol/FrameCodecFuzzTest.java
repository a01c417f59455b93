package messenger.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import messenger.protocol.fuzz.DecodedStream;
import messenger.protocol.fuzz.FuzzCorpus;
import messenger.protocol.fuzz.Fuzzer;
import messenger.protocol.fuzz.Hex;
import messenger.protocol.fuzz.HostileBytes;
import messenger.protocol.fuzz.HostileJson;
import messenger.protocol.fuzz.RequestType;
import messenger.protocol.fuzz.SampleRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile bytes into the frame decoder: whatever arrives, {@link FrameCodec#read} returns a frame, throws
 * {@link BadFrameException}, or hits the end of the stream, quickly. Anything else (a runtime exception, an
 * error, a slow case) fails with the seed and the input.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FrameCodecFuzzTest {

    private static final Duration BUDGET = Duration.ofSeconds(6);
    private static final Duration MAX_CASE = Duration.ofSeconds(2);
    private static final int MAX_CASES = 50_000;
    private static final List<RequestType> TYPES = RequestType.all();
    private static final List<FuzzCorpus.Entry> CORPUS = FuzzCorpus.entries();
    /** Re-encoding may lengthen a header (Gson escapes U+2028 and U+2029), so the copy gets room to grow. */
    private static final FrameLimits REENCODING_LIMITS =
            new FrameLimits(Integer.MAX_VALUE, FrameLimits.DEFAULT_MAX_PAYLOAD);

    @Test
    void arbitraryBytesAreFramesABadFrameOrATruncatedStream() {
        fuzz("arbitrary bytes", HostileBytes::random);
    }

    @Test
    void mutatedFramesAreFramesABadFrameOrATruncatedStream() {
        fuzz("mutated frames", random -> HostileBytes.mutate(random, seedInput(random)));
    }

    @Test
    void hostileHeadersAreAHeaderObjectOrABadFrame() {
        Fuzzer fuzzer = new Fuzzer("hostile headers", MAX_CASES, BUDGET, MAX_CASE);
        fuzzer.run(FrameCodecFuzzTest::hostileHeader, Hex::describe, header -> {
            byte[] padded = new byte[header.length + 6];
            System.arraycopy(header, 0, padded, 3, header.length);
            try {
                assertThat(FrameCodec.decodeHeader(padded, 3, header.length).get("type").getAsJsonPrimitive()
                        .isString()).isTrue();
            } catch (BadFrameException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        });
    }

    /** Decodes the whole stream; every frame it yields must also survive being encoded and decoded again. */
    private static void fuzz(String name, Function<Random, byte[]> inputs) {
        new Fuzzer(name, MAX_CASES, BUDGET, MAX_CASE).run(inputs, Hex::describe, bytes -> {
            for (Frame frame : DecodedStream.of(bytes, FrameLimits.DEFAULT).frames()) {
                DecodedStream again = DecodedStream.of(FrameCodec.encode(frame), REENCODING_LIMITS);
                assertThat(again.ending()).isEqualTo(DecodedStream.Ending.CLEAN);
                assertThat(again.frames()).singleElement()
                        .satisfies(copy -> assertThat(copy.payload()).isEqualTo(frame.payload()));
            }
        });
    }

    /** A valid request frame of any type, or a corpus input. */
    private static byte[] seedInput(Random random) {
        if (random.nextInt(4) == 0) {
            return CORPUS.get(random.nextInt(CORPUS.size())).bytes();
        }
        RequestType type = TYPES.get(random.nextInt(TYPES.size()));
        byte[] payload = new byte[random.nextInt(3) == 0 ? random.nextInt(64) : 0];
        random.nextBytes(payload);
        return SampleRequests.frame(SampleRequests.header(random, type, "1", 0.3), payload);
    }

    /** A request header with hostile field values, sometimes with malformed UTF-8 spliced into it. */
    private static byte[] hostileHeader(Random random) {
        RequestType type = TYPES.get(random.nextInt(TYPES.size()));
        String id = random.nextBoolean() ? "1" : HostileJson.value(random);
        byte[] header = SampleRequests.header(random, type, id, 0.8).getBytes(StandardCharsets.UTF_8);
        return random.nextInt(4) == 0 ? HostileBytes.mutate(random, header) : header;
    }
}
