package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import messenger.protocol.Frame;
import messenger.protocol.Requests;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.fuzz.RequestType;
import messenger.server.dispatch.HandlerRegistry;
import org.junit.jupiter.api.Test;

/**
 * The handlers the server registers, checked against the protocol's own list of request types
 * ({@link Requests}), with the {@code echo} handler of the separate example-handler jar, which only the tests
 * put on the class path: it is served without any change to server code.
 */
@QuarkusTest
class HandlerDiscoveryTest {

    @Inject
    TestServer server;

    @Inject
    HandlerRegistry registry;

    record Echo(String text) {
    }

    @Test
    void aHandlerBeanFromAnotherJarIsDiscoveredAndServed() {
        assertThat(registry.types()).contains("echo");
        byte[] payload = "raw bytes".getBytes(StandardCharsets.UTF_8);
        try (TestServer.Device alice = server.newUser("echo")) {
            Frame reply = alice.client().await(alice.client().call("echo", new Echo("hi"), payload));
            assertThat(MessengerClient.result(reply, Echo.class)).isEqualTo(new Echo("hi"));
            assertThat(reply.payload()).isEqualTo(payload);
        }
    }

    @Test
    void everyRequestTypeOfTheProtocolHasAHandler() {
        assertThat(protocolTypes()).hasSizeGreaterThan(Requests.OPEN_BEFORE_SIGN_IN.size());
        assertThat(registry.types()).containsAll(protocolTypes());
    }

    @Test
    void exactlyTheTypesTheProtocolOpensAreOpenBeforeSignIn() {
        assertThat(protocolTypes()).containsAll(Requests.OPEN_BEFORE_SIGN_IN);
        assertThat(registry.openBeforeSignIn()).containsExactlyInAnyOrderElementsOf(Requests.OPEN_BEFORE_SIGN_IN);
    }

    /** The type of every request record in {@link Requests}. */
    private static Set<String> protocolTypes() {
        return RequestType.all().stream().map(RequestType::name).collect(Collectors.toSet());
    }
}
