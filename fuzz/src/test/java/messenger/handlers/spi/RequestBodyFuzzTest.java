package messenger.handlers.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import messenger.protocol.BadFrameException;
import messenger.protocol.ErrorCode;
import messenger.protocol.FrameCodec;
import messenger.protocol.fuzz.AsciiText;
import messenger.protocol.fuzz.Bounded;
import messenger.protocol.fuzz.Choices;
import messenger.protocol.fuzz.FuzzedChoices;
import messenger.protocol.fuzz.RequestType;
import messenger.protocol.fuzz.SampleRequests;
import org.junit.jupiter.api.Test;

/**
 * Hostile field values (wrong JSON types, numbers past every range, nulls, lone surrogates, nesting) for every
 * request record of the protocol, built from Jazzer's input: {@link Request#body} gives the record or a
 * {@code BAD_REQUEST}, nothing else, using at most a second of CPU time.
 */
class RequestBodyFuzzTest {

    private static final List<RequestType> TYPES = RequestType.all();
    private static final Duration MAX_CASE = Duration.ofSeconds(1);

    @FuzzTest(maxDuration = "10s")
    void everyRequestBodyIsItsRecordOrABadRequest(FuzzedDataProvider data) {
        Choices choices = new FuzzedChoices(data);
        RequestType type = choices.pick(TYPES);
        String header = SampleRequests.header(choices, type, ids -> "1", 70);
        JsonObject decoded;
        try {
            decoded = decode(header);
        } catch (BadFrameException tooDeep) {
            return;
        }
        try {
            Bounded.run(MAX_CASE, Long.MAX_VALUE, () -> {
                try {
                    assertThat(new Request(1, type.name(), decoded, new byte[0]).body(type.body()))
                            .isInstanceOf(type.body());
                } catch (RequestException refused) {
                    assertThat(refused.code()).isEqualTo(ErrorCode.BAD_REQUEST);
                }
                return null;
            });
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError(AsciiText.of(header) + "\n" + e, e);
        }
    }

    @Test
    void everyRequestTypeOfTheProtocolIsFuzzed() {
        assertThat(TYPES).extracting(RequestType::name)
                .contains("hello", "register", "login", "resume", "logout", "ping", "send", "history", "sync",
                        "subscribe", "upload.start", "upload.chunk", "upload.finish", "file.info", "file.read");
    }

    private static JsonObject decode(String header) throws BadFrameException {
        byte[] bytes = header.getBytes(StandardCharsets.UTF_8);
        return FrameCodec.decodeHeader(bytes, 0, bytes.length);
    }
}
