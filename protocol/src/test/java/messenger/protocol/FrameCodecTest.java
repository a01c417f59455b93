package messenger.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrameCodecTest {

    @Test
    void aFrameSurvivesEncodingAndDecoding() throws Exception {
        JsonObject header = Json.object("upload.chunk", new Requests.UploadChunk(7L, 1024L));
        header.addProperty("id", 3);
        byte[] payload = {0, 1, 2, (byte) 255};

        Frame decoded = FrameCodec.read(stream(FrameCodec.encode(new Frame(header, payload))), FrameLimits.DEFAULT);

        assertThat(decoded.header()).isEqualTo(header);
        assertThat(decoded.payload()).containsExactly(payload);
        assertThat(decoded.type()).isEqualTo("upload.chunk");
    }

    @Test
    void theTypeComesFirstAndNullFieldsAreLeftOut() {
        JsonObject header = Json.object("send", new Requests.Send("c1", "hi", null));
        assertThat(header.toString()).isEqualTo("{\"type\":\"send\",\"clientMsgId\":\"c1\",\"text\":\"hi\"}");
    }

    @Test
    void limitsAreCheckedFromThePrefixBeforeReadingTheBody() {
        byte[] prefixOnly = ByteBuffer.allocate(8).putInt(100).putInt(2_000_000).array();
        assertThatThrownBy(() -> FrameCodec.read(stream(prefixOnly), FrameLimits.DEFAULT))
                .isInstanceOf(BadFrameException.class)
                .hasMessageContaining("payload");
    }

    @Test
    void headersMustBeStrictJsonObjectsWithAStringType() {
        for (String bad : new String[] {"", "null", "[]", "{}", "{\"type\":1}", "{type:\"x\"}", "{\"type\":\"x\"} 1",
                "{\"type\":\"x\",}", "{\"type\":\"x\",\"n\":" + "[".repeat(100) + "]".repeat(100) + "}"}) {
            byte[] bytes = bad.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> FrameCodec.decodeHeader(bytes, 0, bytes.length)).as(bad)
                    .isInstanceOf(BadFrameException.class);
        }
    }

    @Test
    void malformedUtf8IsABadFrame() {
        byte[] bytes = {'{', '"', 't', 'y', 'p', 'e', '"', ':', '"', (byte) 0xFF, '"', '}'};
        assertThatThrownBy(() -> FrameCodec.decodeHeader(bytes, 0, bytes.length))
                .isInstanceOf(BadFrameException.class)
                .hasMessageContaining("UTF-8");
    }

    private static DataInputStream stream(byte[] bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }
}
