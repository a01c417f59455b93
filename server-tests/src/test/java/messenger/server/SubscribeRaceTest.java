package messenger.server;

import static messenger.server.TestServer.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import messenger.protocol.Frame;
import messenger.protocol.Message;
import messenger.protocol.Presence;
import messenger.protocol.Requests;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.PushListener;
import org.junit.jupiter.api.Test;

/**
 * A {@code subscribe} races the connection's close on the event loop, and a sign-out of its device from another
 * connection: neither may leave the connection subscribed. The race is narrow, so each case is tried many times.
 */
@QuarkusTest
class SubscribeRaceTest {

    private static final int TRIES = 150;

    @Inject
    TestServer server;

    @Test
    void aConnectionThatClosesWhileItSubscribesLeavesItsUserOffline() {
        String login = TestServer.uniqueLogin("closing");
        try (MessengerClient setup = server.connect()) {
            setup.register(login, PASSWORD);
        }
        for (int i = 0; i < TRIES; i++) {
            MessengerClient client = server.connect();
            client.login(login, PASSWORD, "device-" + i);
            client.call(Requests.Subscribe.TYPE, null, null);
            client.close();
        }
        try (TestServer.Device watcher = server.newUser("watcher")) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(watcher.client().presence(List.of(login))).extracting(Presence::status)
                            .containsExactly(Presence.OFFLINE));
        }
    }

    @Test
    void aDeviceSignedOutWhileItsOtherConnectionSubscribesGetsNoPushes() {
        try (TestServer.Device sender = server.newUser("sender")) {
            String login = sender.login();
            for (int i = 0; i < TRIES; i++) {
                MessengerClient signingOut = server.connect();
                String token = signingOut.login(login, PASSWORD, "device-" + i).token();
                try (MessengerClient subscribing = server.resume(token)) {
                    List<Message> received = new CopyOnWriteArrayList<>();
                    subscribing.setPushListener(new PushListener() {
                        @Override
                        public void onMessage(Message message) {
                            received.add(message);
                        }
                    });
                    CompletableFuture<Frame> subscribed = subscribing.call(Requests.Subscribe.TYPE, null, null);
                    signingOut.logout();
                    signingOut.close();
                    subscribed.exceptionally(refused -> null).join();
                    sender.client().send("after-" + i, "not for a signed-out device", null);
                    // the sender's own reply comes after the push is handed to every subscriber
                    subscribing.ping();
                    assertThat(received).as("pushes to a connection whose device was signed out, try %d", i)
                            .isEmpty();
                }
            }
        }
    }
}
