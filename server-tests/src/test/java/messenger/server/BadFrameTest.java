package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import messenger.protocol.Frame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class BadFrameTest {

    @Inject
    TestServer server;

    private TestServer.Device bystander;

    @BeforeEach
    void signInABystander() {
        bystander = server.newUser("bystander");
    }

    @AfterEach
    void bystanderIsUnaffected() {
        assertThat(bystander.client().send("still-here-" + System.nanoTime(), "unaffected", null)).isNotNull();
        bystander.close();
    }

    static Stream<Arguments> badFrames() {
        byte[] nested = ("{\"type\":\"ping\",\"id\":1,\"a\":" + "[".repeat(200) + "]".repeat(200) + "}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] garbage = new byte[64];
        new Random(1).nextBytes(garbage);
        garbage[0] = 0x7f;
        return Stream.of(
                Arguments.of("header over the limit", RawConnection.prefix(65_537, 0)),
                Arguments.of("payload over the limit", RawConnection.prefix(20, 1_048_577)),
                Arguments.of("lengths near 2^32", RawConnection.prefix(0xFFFF_FFFFL, 0xFFFF_FFFFL)),
                Arguments.of("empty header", RawConnection.frame(new byte[0], new byte[0])),
                Arguments.of("not JSON", RawConnection.frame("hello, server", new byte[0])),
                Arguments.of("a JSON array", RawConnection.frame("[{\"type\":\"ping\"}]", new byte[0])),
                Arguments.of("no type", RawConnection.frame("{\"id\":1}", new byte[0])),
                Arguments.of("a numeric type", RawConnection.frame("{\"type\":5,\"id\":1}", new byte[0])),
                Arguments.of("a null type", RawConnection.frame("{\"type\":null,\"id\":1}", new byte[0])),
                Arguments.of("trailing data", RawConnection.frame("{\"type\":\"ping\",\"id\":1} {}", new byte[0])),
                Arguments.of("lenient JSON", RawConnection.frame("{type:'ping',id:1}", new byte[0])),
                Arguments.of("malformed UTF-8",
                        RawConnection.frame(new byte[] {'{', '"', 't', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'},
                                new byte[0])),
                Arguments.of("deep nesting", RawConnection.frame(nested, new byte[0])),
                Arguments.of("garbage bytes", garbage));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFrames")
    void aBadFrameGetsBadFrameAndClosesOnlyThatConnection(String kind, byte[] bytes) throws Exception {
        try (RawConnection raw = new RawConnection(server.port())) {
            raw.send(bytes);
            Frame reply = raw.read();
            assertThat(reply.type()).isEqualTo("error");
            assertThat(reply.header().get("code").getAsString()).isEqualTo("BAD_FRAME");
            assertThat(reply.header().has("re")).isFalse();
            assertThat(reply.header().get("message").getAsString()).doesNotContain("Exception", "\tat ");
            assertThat(raw.isClosedByServer()).isTrue();
        }
    }

    @Test
    void framesSplitIntoSingleBytesOrPackedTogetherAreReadExactly() throws Exception {
        try (RawConnection raw = new RawConnection(server.port())) {
            raw.send(RawConnection.frame("{\"type\":\"resume\",\"id\":1,\"token\":\"" + bystander.token() + "\"}",
                    new byte[0]));
            assertThat(raw.read().type()).isEqualTo("ok");
            for (byte b : RawConnection.frame("{\"type\":\"ping\",\"id\":2}", new byte[0])) {
                raw.send(new byte[] {b});
            }
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            packed.write(RawConnection.frame("{\"type\":\"ping\",\"id\":3}", new byte[0]));
            packed.write(RawConnection.frame("{\"type\":\"nope\",\"id\":4}", new byte[] {1, 2, 3}));
            packed.write(RawConnection.frame("{\"type\":\"ping\",\"id\":5}", new byte[0]));
            raw.send(packed.toByteArray());
            assertThat(raw.read().re()).isEqualTo(2);
            assertThat(raw.read().re()).isEqualTo(3);
            Frame unknown = raw.read();
            assertThat(unknown.re()).isEqualTo(4);
            assertThat(unknown.header().get("code").getAsString()).isEqualTo("UNKNOWN_TYPE");
            assertThat(raw.read().re()).isEqualTo(5);
        }
    }

    @Test
    void aStrangersPayloadIsDroppedUnreadAndItsRequestRefusedWhileTheConnectionGoesOn() throws Exception {
        try (RawConnection raw = new RawConnection(server.port())) {
            raw.send(RawConnection.frame("{\"type\":\"upload.chunk\",\"id\":1,\"uploadId\":1,\"offset\":0}",
                    new byte[1_048_576]));
            raw.send(RawConnection.frame("{\"type\":\"ping\",\"id\":2}", new byte[] {1, 2, 3}));
            raw.send(RawConnection.frame("{\"type\":\"ping\",\"id\":3}", new byte[0]));

            Frame refused = raw.read();
            assertThat(refused.re()).isEqualTo(1);
            assertThat(refused.header().get("code").getAsString()).isEqualTo("UNAUTHENTICATED");
            assertThat(raw.read().re()).isEqualTo(2);
            Frame pong = raw.read();
            assertThat(pong.re()).isEqualTo(3);
            assertThat(pong.type()).isEqualTo("ok");
        }
    }

    @Test
    void aRequestWithoutAUsableIdIsABadRequestAndTheConnectionStaysOpen() throws Exception {
        try (RawConnection raw = new RawConnection(server.port())) {
            for (String header : new String[] {"{\"type\":\"ping\"}", "{\"type\":\"ping\",\"id\":0}",
                    "{\"type\":\"ping\",\"id\":1.5}", "{\"type\":\"ping\",\"id\":\"7\"}",
                    "{\"type\":\"ping\",\"id\":1e400}"}) {
                raw.send(RawConnection.frame(header, new byte[0]));
                Frame reply = raw.read();
                assertThat(reply.header().get("code").getAsString()).as(header).isEqualTo("BAD_REQUEST");
                assertThat(reply.header().has("re")).isFalse();
            }
            raw.send(RawConnection.frame("{\"type\":\"ping\",\"id\":9}", new byte[0]));
            assertThat(raw.read().type()).isEqualTo("ok");
        }
    }

    @Test
    void aClientThatDisconnectsMidFrameLeavesTheServerServing() throws Exception {
        try (RawConnection raw = new RawConnection(server.port())) {
            raw.send(RawConnection.prefix(30, 1000));
            raw.send("{\"type\":\"upload.ch".getBytes(StandardCharsets.UTF_8));
        }
        try (RawConnection raw = new RawConnection(server.port())) {
            raw.send(RawConnection.frame("{\"type\":\"ping\",\"id\":1}", new byte[0]));
            assertThat(raw.read().type()).isEqualTo("ok");
        }
    }
}
