package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import messenger.protocol.FrameCodec;
import messenger.protocol.FrameLimits;
import messenger.protocol.Message;
import messenger.protocol.Pushes;
import org.junit.jupiter.api.Test;

/**
 * A subscriber that stops reading is cut off once its write queue is full, at once, without waiting for it to read
 * what was queued; every live subscriber gets every message meanwhile, and the pushes metric counts only what
 * reached a socket.
 */
@QuarkusTest
class SlowReaderTest {

    private static final int SENDERS = 4;
    private static final int MESSAGES_PER_SENDER = 180;

    @Inject
    TestServer server;

    @Inject
    MeterRegistry registry;

    @Test
    void aStalledReaderIsDisconnectedWhileLiveSubscribersReceiveEveryMessage() throws Exception {
        double pushesBefore = counter("messenger.pushes.sent");
        double dropsBefore = counter("messenger.write.queue.drops");
        List<TestServer.Device> senders = new ArrayList<>();
        try (TestServer.Device live = server.newUser("live"); TestServer.Device otherLive = server.newUser("live");
                Socket stalled = new Socket()) {
            List<PushCollector> inboxes = List.of(subscribe(live), subscribe(otherLive));

            subscribeWithoutReading(stalled, live.token());

            String text = "€".repeat(4_000);
            List<Long> sent = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                TestServer.Device sender = server.newUser("bulk" + s);
                senders.add(sender);
                for (int i = 0; i < MESSAGES_PER_SENDER; i++) {
                    sent.add(sender.client().send("bulk-" + i, text, null).id());
                }
            }

            for (PushCollector inbox : inboxes) {
                await().atMost(Duration.ofSeconds(30)).until(() -> inbox.ids().containsAll(sent));
                assertThat(inbox.messages).extracting(Message::id).isSorted().doesNotHaveDuplicates();
            }
            stalled.setSoTimeout(30_000);
            long stalledGot = messagePushesUntilClosed(stalled.getInputStream());
            assertThat(stalledGot).as("pushes the stalled reader got before it was cut off").isLessThan(sent.size());
            assertThat(counter("messenger.write.queue.drops") - dropsBefore).isEqualTo(1);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(counter("messenger.pushes.sent") - pushesBefore).as("pushes counted")
                            .isEqualTo((double) inboxes.size() * sent.size() + stalledGot));
        } finally {
            senders.forEach(TestServer.Device::close);
        }
    }

    @Test
    void aStalledSubscriberIsClosedAtOnceWhileItStillReadsNothing() throws Exception {
        double dropsBefore = counter("messenger.write.queue.drops");
        List<TestServer.Device> senders = new ArrayList<>();
        try (TestServer.Device reader = server.newUser("stalled"); Socket stalled = new Socket()) {
            subscribeWithoutReading(stalled, reader.token());
            for (int s = 0; s < SENDERS; s++) {
                senders.add(server.newUser("bulk" + s));
            }
            String text = "€".repeat(4_000);
            for (int i = 0; i < SENDERS * MESSAGES_PER_SENDER && counter("messenger.write.queue.drops") == dropsBefore;
                    i++) {
                senders.get(i % SENDERS).client().send("cut-" + i, text, null);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> counter("messenger.write.queue.drops") > dropsBefore);

            // a closed socket answers data with a reset; an open one that waits for its queue to flush buffers it
            OutputStream out = stalled.getOutputStream();
            byte[] ping = RawConnection.frame("{\"type\":\"ping\",\"id\":3}", new byte[0]);
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
                try {
                    out.write(ping);
                    return false;
                } catch (IOException reset) {
                    return true;
                }
            });
        } finally {
            senders.forEach(TestServer.Device::close);
        }
    }

    /** Signs in and subscribes with a receive buffer so small that the server's queue soon fills; reads nothing. */
    private void subscribeWithoutReading(Socket stalled, String token) throws IOException {
        stalled.setReceiveBufferSize(4096);
        stalled.connect(new InetSocketAddress("127.0.0.1", server.port()));
        stalled.getOutputStream().write(RawConnection.frame(
                "{\"type\":\"resume\",\"id\":1,\"token\":\"" + token + "\"}", new byte[0]));
        stalled.getOutputStream().write(RawConnection.frame("{\"type\":\"subscribe\",\"id\":2}", new byte[0]));
    }

    private static PushCollector subscribe(TestServer.Device device) {
        PushCollector inbox = new PushCollector();
        device.client().setPushListener(inbox);
        device.client().subscribe();
        return inbox;
    }

    private double counter(String name) {
        return registry.get(name).counter().count();
    }

    /** Reads complete frames until the server closes the connection; a frame cut off by the close is not counted. */
    private static long messagePushesUntilClosed(InputStream stream) throws Exception {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 64 * 1024));
        long pushes = 0;
        while (true) {
            try {
                if (Pushes.MessagePush.TYPE.equals(FrameCodec.read(in, FrameLimits.DEFAULT).type())) {
                    pushes++;
                }
            } catch (EOFException closed) {
                return pushes;
            }
        }
    }
}
