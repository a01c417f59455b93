package messenger.protocol;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import messenger.protocol.fuzz.Choices;
import messenger.protocol.fuzz.FuzzCorpus;
import messenger.protocol.fuzz.FuzzedChoices;
import messenger.protocol.fuzz.HostileBytes;
import messenger.protocol.fuzz.HostileJson;
import messenger.protocol.fuzz.RequestType;
import messenger.protocol.fuzz.SampleRequests;
import org.junit.jupiter.api.BeforeAll;

/**
 * Requests built from Jazzer's input ({@link FuzzedChoices}), checked against {@link DecoderInvariant}: half
 * are frame streams (valid request frames of every type, or corpus inputs, damaged one to four times), half
 * request headers with hostile field values and ids (a quarter of them damaged, malformed UTF-8 spliced in)
 * for {@link FrameCodec#decodeHeader}.
 */
class HostileRequestFuzzTest {

    private static final List<RequestType> TYPES = RequestType.all();
    private static final List<FuzzCorpus.Entry> CORPUS = FuzzCorpus.entries();

    @BeforeAll
    static void warmUp() throws Exception {
        DecoderInvariant.warmUp();
    }

    @FuzzTest(maxDuration = "5s")
    void hostileFramesAndHeadersDecodeOrAreBadFrames(FuzzedDataProvider data) {
        Choices choices = new FuzzedChoices(data);
        if (choices.anyBoolean()) {
            byte[] valid = choices.weighted(3, 1) == 0
                    ? SampleRequests.frames(choices, TYPES, ids -> "1", 30, 2)
                    : choices.pick(CORPUS).bytes();
            DecoderInvariant.streamDecodesAndReencodes(HostileBytes.mutated(choices, valid));
        } else {
            String header = SampleRequests.header(choices, TYPES,
                    ids -> ids.anyBoolean() ? "1" : HostileJson.value(ids), 80);
            byte[] bytes = header.getBytes(StandardCharsets.UTF_8);
            DecoderInvariant.headerIsAnObjectOrABadFrame(
                    choices.weighted(3, 1) == 0 ? bytes : HostileBytes.mutated(choices, bytes));
        }
    }
}
