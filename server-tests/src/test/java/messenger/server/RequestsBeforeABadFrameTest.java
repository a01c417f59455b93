package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import messenger.protocol.Frame;
import org.junit.jupiter.api.Test;

/**
 * The contract: every request gets exactly one reply, in request order; a bad frame gets {@code BAD_FRAME} and
 * the connection is closed. Found by {@link FrameFuzzIT}.
 */
@QuarkusTest
class RequestsBeforeABadFrameTest {

    @Inject
    TestServer server;

    @Test
    void requestsBeforeABadFrameAreAnsweredBeforeItAndTheClose() throws Exception {
        try (RawConnection raw = new RawConnection(server.port())) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(RawConnection.frame("{\"type\":\"ping\",\"id\":1}", new byte[0]));
            bytes.write(RawConnection.frame("{\"type\":\"hello\",\"id\":2,\"protocol\":1}", new byte[0]));
            bytes.write(RawConnection.frame("not json", new byte[0]));
            raw.send(bytes.toByteArray());

            assertThat(raw.read().re()).isEqualTo(1);
            assertThat(raw.read().re()).isEqualTo(2);
            Frame badFrame = raw.read();
            assertThat(badFrame.header().get("code").getAsString()).isEqualTo("BAD_FRAME");
            assertThat(raw.isClosedByServer()).isTrue();
        }
    }
}
