package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import messenger.protocol.Message;
import org.junit.jupiter.api.Test;

/** A subscriber that stops reading is cut off once its write queue is full; everyone else gets everything. */
@QuarkusTest
class SlowReaderTest {

    @Inject
    TestServer server;

    @Test
    void aStalledReaderIsDisconnectedWhileLiveSubscribersReceiveEveryMessage() throws Exception {
        List<TestServer.Device> senders = new ArrayList<>();
        try (TestServer.Device live = server.newUser("live"); Socket stalled = new Socket()) {
            PushCollector inbox = new PushCollector();
            live.client().setPushListener(inbox);
            live.client().subscribe();

            stalled.setReceiveBufferSize(4096);
            stalled.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()));
            stalled.getOutputStream().write(RawConnection.frame(
                    "{\"type\":\"resume\",\"id\":1,\"token\":\"" + live.token() + "\"}", new byte[0]));
            stalled.getOutputStream().write(RawConnection.frame("{\"type\":\"subscribe\",\"id\":2}", new byte[0]));

            String text = "€".repeat(4_000);
            List<Long> sent = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                TestServer.Device sender = server.newUser("bulk" + s);
                senders.add(sender);
                for (int i = 0; i < 180; i++) {
                    sent.add(sender.client().send("bulk-" + i, text, null).id());
                }
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> inbox.ids().containsAll(sent));
            assertThat(inbox.messages).extracting(Message::id).isSorted();
            stalled.setSoTimeout(30_000);
            assertThat(drainUntilClosed(stalled.getInputStream())).as("bytes the stalled reader got before")
                    .isLessThan(sent.size() * 12_100L);
        } finally {
            senders.forEach(TestServer.Device::close);
        }
    }

    private static long drainUntilClosed(InputStream in) throws Exception {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
        }
        return total;
    }
}
