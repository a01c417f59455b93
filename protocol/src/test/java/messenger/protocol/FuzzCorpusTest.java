package messenger.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import messenger.protocol.fuzz.DecodedStream;
import messenger.protocol.fuzz.FuzzCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replays the committed corpus ({@code fuzz-corpus/README.md}): each input ends the way its name says. */
class FuzzCorpusTest {

    static List<FuzzCorpus.Entry> corpus() {
        return FuzzCorpus.entries();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachCorpusInputEndsAsItsNameSays(FuzzCorpus.Entry entry) throws Exception {
        DecodedStream decoded = DecodedStream.of(entry.bytes(), FrameLimits.DEFAULT);
        assertThat(decoded.ending()).isEqualTo(entry.expected());
    }

    @Test
    void theCorpusHasInputsForEveryEnding() {
        assertThat(corpus()).extracting(FuzzCorpus.Entry::expected)
                .contains(DecodedStream.Ending.values());
    }
}
