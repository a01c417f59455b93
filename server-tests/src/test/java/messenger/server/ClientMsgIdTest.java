package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import messenger.protocol.Frame;
import org.junit.jupiter.api.Test;

/**
 * {@code send} is idempotent per user and {@code clientMsgId}; other ids are other messages. Found by
 * {@link FrameFuzzIT}: the repeat check compares the id in Java with the one read back from the database,
 * which stores some ids differently than they arrived, and then the insert hits the unique key.
 */
@QuarkusTest
class ClientMsgIdTest {

    @Inject
    TestServer server;

    @Test
    void aRepeatedSendWithALoneSurrogateInItsIdIsRefusedOrAnsweredWithTheFirstMessage() throws Exception {
        try (RawConnection raw = signedIn()) {
            Frame first = send(raw, 2, "\\ud800");
            Frame repeat = send(raw, 3, "\\ud800");

            assertThat(repeat.header().toString()).doesNotContain("INTERNAL");
            if (first.type().equals("ok")) {
                assertThat(messageId(repeat)).isEqualTo(messageId(first));
            }
        }
    }

    @Test
    void idsThatDifferInTrailingSpacesAreDifferentMessages() throws Exception {
        try (RawConnection raw = signedIn()) {
            Frame first = send(raw, 2, "c-1");
            Frame second = send(raw, 3, "c-1 ");

            assertThat(second.type()).as(second.header().toString()).isEqualTo("ok");
            assertThat(messageId(second)).isNotEqualTo(messageId(first));
        }
    }

    private RawConnection signedIn() throws Exception {
        TestServer.Device device = server.newUser("msgid");
        device.close();
        RawConnection raw = new RawConnection(server.port());
        raw.send(RawConnection.frame("{\"type\":\"resume\",\"id\":1,\"token\":\"" + device.token() + "\"}",
                new byte[0]));
        assertThat(raw.read().type()).isEqualTo("ok");
        return raw;
    }

    /** Sends a text message; {@code clientMsgId} is JSON string content, escapes allowed. */
    private static Frame send(RawConnection raw, long id, String clientMsgId) throws Exception {
        raw.send(RawConnection.frame("{\"type\":\"send\",\"id\":" + id + ",\"clientMsgId\":\"" + clientMsgId
                + "\",\"text\":\"hello\"}", new byte[0]));
        return raw.read();
    }

    private static long messageId(Frame reply) {
        return reply.header().getAsJsonObject("message").get("id").getAsLong();
    }
}
