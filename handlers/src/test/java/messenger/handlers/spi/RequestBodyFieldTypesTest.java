package messenger.handlers.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import messenger.protocol.ErrorCode;
import messenger.protocol.Requests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/protocol.md: "A field with the wrong JSON type (a string where a number is expected, a number too large
 * for its type) is BAD_REQUEST." Found by the fuzz tests: {@link Request#body} reads headers through Gson's
 * tree reader, which converts instead of refusing.
 */
class RequestBodyFieldTypesTest {

    @ParameterizedTest
    @ValueSource(strings = {"18446744073709551623", "9223372036854775808", "-9223372036854775809", "1e9999",
            "1e19"})
    void aNumberOutsideTheRangeOfALongFieldIsABadRequest(String number) {
        assertBadRequest("{\"type\":\"file.info\",\"fileId\":" + number + "}", Requests.FileInfoRequest.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4294967297", "2147483648", "-2147483649"})
    void aNumberOutsideTheRangeOfAnIntFieldIsABadRequest(String number) {
        assertBadRequest("{\"type\":\"history\",\"limit\":" + number + "}", Requests.History.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.9", "1.5", "0.5"})
    void aFractionInAnIntegerFieldIsABadRequest(String number) {
        assertBadRequest("{\"type\":\"file.info\",\"fileId\":" + number + "}", Requests.FileInfoRequest.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"7\"", "\"-1\"", "\"9223372036854775807\""})
    void aStringInANumberFieldIsABadRequest(String string) {
        assertBadRequest("{\"type\":\"file.info\",\"fileId\":" + string + "}", Requests.FileInfoRequest.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "true", "1e999999"})
    void aNumberOrBooleanInAStringFieldIsABadRequest(String value) {
        assertBadRequest("{\"type\":\"resume\",\"token\":" + value + "}", Requests.Resume.class);
    }

    /** Gson would read "yes" as false: receipts switched off by a typo. */
    @ParameterizedTest
    @ValueSource(strings = {"\"yes\"", "\"true\"", "1", "0"})
    void anythingButTrueOrFalseInABooleanFieldIsABadRequestThatNamesIt(String value) {
        assertThat(assertBadRequest("{\"type\":\"settings\",\"receipts\":" + value + "}", Requests.Settings.class)
                .getMessage()).contains("\"receipts\"");
        assertBadRequest("{\"type\":\"subscribe\",\"all\":" + value + "}", Requests.Subscribe.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":\"send\",\"clientMsgId\":\"a\",\"text\":\"hi\",\"fileId\":\"7\"}",
            "{\"type\":\"send\",\"clientMsgId\":\"a\",\"fileId\":7.5}",
            "{\"type\":\"send\",\"clientMsgId\":\"a\",\"fileId\":1e30}"})
    void theErrorNamesTheFieldOfTheWrongType(String headerJson) {
        assertThat(assertBadRequest(headerJson, Requests.Send.class).getMessage()).contains("\"fileId\"");
    }

    private static RequestException assertBadRequest(String headerJson, Class<?> bodyType) {
        JsonObject header = JsonParser.parseString(headerJson).getAsJsonObject();
        Request request = new Request(1, header.get("type").getAsString(), header, new byte[0]);
        try {
            request.body(bodyType);
        } catch (RequestException refused) {
            assertThat(refused.code()).isEqualTo(ErrorCode.BAD_REQUEST);
            return refused;
        }
        throw new AssertionError("read " + headerJson + " without an error");
    }
}
