package messenger.handlers.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import messenger.protocol.BadFrameException;
import messenger.protocol.ErrorCode;
import messenger.protocol.FrameCodec;
import messenger.protocol.fuzz.AsciiText;
import messenger.protocol.fuzz.RequestType;
import messenger.protocol.fuzz.SampleRequests;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile field values (wrong JSON types, numbers past every range, nulls, lone surrogates, nesting) for every
 * request record of the protocol, as a jqwik property: {@link Request#body} gives the record or a
 * {@code BAD_REQUEST}, nothing else, and within a second.
 */
class RequestBodyFuzzTest {

    private static final List<RequestType> TYPES = RequestType.all();

    /** One generated request: its type and header text. */
    private record Case(RequestType type, String header) {
        @Override
        public String toString() {
            return type.name() + " " + AsciiText.of(header);
        }
    }

    @Property(tries = 5_000, edgeCases = EdgeCasesMode.NONE)
    void everyRequestBodyIsItsRecordOrABadRequest(@ForAll("hostileRequests") Case request) {
        JsonObject header;
        try {
            header = decode(request.header());
        } catch (BadFrameException tooDeep) {
            return;
        }
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            try {
                Object body = new Request(1, request.type().name(), header, new byte[0]).body(request.type().body());
                assertThat(body).isInstanceOf(request.type().body());
            } catch (RequestException refused) {
                assertThat(refused.code()).isEqualTo(ErrorCode.BAD_REQUEST);
            }
        });
    }

    @Example
    void everyRequestTypeOfTheProtocolIsFuzzed() {
        assertThat(TYPES).extracting(RequestType::name)
                .contains("hello", "register", "login", "resume", "logout", "ping", "send", "history", "sync",
                        "subscribe", "upload.start", "upload.chunk", "upload.finish", "file.info", "file.read");
    }

    @Provide
    Arbitrary<Case> hostileRequests() {
        return Arbitraries.of(TYPES).flatMap(type ->
                SampleRequests.header(type, Arbitraries.just("1"), 70).map(header -> new Case(type, header)));
    }

    private static JsonObject decode(String header) throws BadFrameException {
        byte[] bytes = header.getBytes(StandardCharsets.UTF_8);
        return FrameCodec.decodeHeader(bytes, 0, bytes.length);
    }
}
