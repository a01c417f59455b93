package messenger.handlers.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import messenger.protocol.BadFrameException;
import messenger.protocol.ErrorCode;
import messenger.protocol.FrameCodec;
import messenger.protocol.fuzz.Fuzzer;
import messenger.protocol.fuzz.RequestType;
import messenger.protocol.fuzz.SampleRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile field values (wrong JSON types, numbers past every range, nulls, lone surrogates, nesting) for every
 * request record of the protocol: {@link Request#body} gives the record or a {@code BAD_REQUEST}, nothing else.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RequestBodyFuzzTest {

    private static final List<RequestType> TYPES = RequestType.all();

    /** One generated request: its type and header text. */
    private record Case(RequestType type, String header) {
    }

    @Test
    void everyRequestBodyIsItsRecordOrABadRequest() {
        Fuzzer fuzzer = new Fuzzer("request bodies", 30_000, Duration.ofSeconds(8), Duration.ofSeconds(2));
        int cases = fuzzer.run(RequestBodyFuzzTest::hostileRequest, Case::toString, request -> {
            JsonObject header;
            try {
                header = decode(request.header());
            } catch (BadFrameException tooDeep) {
                return;
            }
            try {
                Object body = new Request(1, request.type().name(), header, new byte[0]).body(request.type().body());
                assertThat(body).isInstanceOf(request.type().body());
            } catch (RequestException refused) {
                assertThat(refused.code()).isEqualTo(ErrorCode.BAD_REQUEST);
            }
        });
        assertThat(cases).isPositive();
    }

    @Test
    void everyRequestTypeOfTheProtocolIsFuzzed() {
        assertThat(TYPES).extracting(RequestType::name)
                .contains("hello", "register", "login", "resume", "logout", "ping", "send", "history", "sync",
                        "subscribe", "upload.start", "upload.chunk", "upload.finish", "file.info", "file.read");
    }

    private static Case hostileRequest(Random random) {
        RequestType type = TYPES.get(random.nextInt(TYPES.size()));
        return new Case(type, SampleRequests.header(random, type, "1", 0.7));
    }

    private static JsonObject decode(String header) throws BadFrameException {
        byte[] bytes = header.getBytes(StandardCharsets.UTF_8);
        return FrameCodec.decodeHeader(bytes, 0, bytes.length);
    }
}
