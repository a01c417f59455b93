package messenger.protocol;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import messenger.protocol.fuzz.FuzzCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any bytes into the frame decoder (Jazzer, raw input): they are frames, a bad frame or a truncated stream
 * ({@link DecoderInvariant}). The committed corpus ({@code fuzz-corpus}) is replayed as the seed inputs and
 * mutated from there; findings are kept in {@code FrameStreamFuzzTestInputs}.
 */
class FrameStreamFuzzTest {

    @BeforeAll
    static void warmUp() throws Exception {
        DecoderInvariant.warmUp();
    }

    static Stream<Arguments> committedCorpus() {
        return FuzzCorpus.entries().stream().map(entry -> Arguments.of(Named.of(entry.name(), entry.bytes())));
    }

    @MethodSource("committedCorpus")
    @FuzzTest(maxDuration = "5s")
    void anyBytesAreFramesABadFrameOrATruncatedStream(byte[] stream) {
        DecoderInvariant.streamDecodesAndReencodes(stream);
    }
}
