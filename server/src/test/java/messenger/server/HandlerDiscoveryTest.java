package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import messenger.protocol.Frame;
import messenger.protocol.client.MessengerClient;
import messenger.server.dispatch.HandlerRegistry;
import org.junit.jupiter.api.Test;

/**
 * The {@code echo} handler lives in the separate example-handler jar, which only the tests put on the class
 * path: it is served without any change to server code.
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
        assertThat(registry.types()).contains("echo", "send", "file.read");
        byte[] payload = "raw bytes".getBytes(StandardCharsets.UTF_8);
        try (TestServer.Device alice = server.newUser("echo")) {
            Frame reply = alice.client().await(alice.client().call("echo", new Echo("hi"), payload));
            assertThat(MessengerClient.result(reply, Echo.class)).isEqualTo(new Echo("hi"));
            assertThat(reply.payload()).isEqualTo(payload);
        }
    }

    @Test
    void everyRequestTypeOfTheContractHasAHandler() {
        assertThat(registry.types()).contains("hello", "register", "login", "resume", "logout", "ping", "send",
                "history", "sync", "subscribe", "upload.start", "upload.chunk", "upload.finish", "file.info",
                "file.read");
    }
}
