package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.DataInputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import messenger.protocol.FileInfo;
import messenger.protocol.Frame;
import messenger.protocol.FrameCodec;
import messenger.protocol.FrameLimits;
import messenger.protocol.client.TransferListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads queued by a client that has gone are not run, so a vanished downloader costs the server nothing. The client
 * reads none of its replies: the server runs a read only while the write queue has room, so most of them are still
 * queued when the client goes, however fast the machine.
 */
@QuarkusTest
class AbandonedRequestsTest {

    private static final int MIB = 1024 * 1024;
    private static final int READS = 15;

    @Inject
    TestServer server;

    @Inject
    MeterRegistry registry;

    @TempDir
    Path dir;

    @Test
    void queuedReadsOfAClosedConnectionAreSkippedAndTheServerGoesOn() throws Exception {
        byte[] bytes = new byte[READS * MIB];
        new Random(7).nextBytes(bytes);
        Path original = Files.write(dir.resolve("big.bin"), bytes);
        try (TestServer.Device alice = server.newUser("abandon")) {
            FileInfo file = alice.client().upload(original, "big.bin", TransferListener.NONE);
            double abandonedBefore = abandoned();

            try (Socket downloader = new Socket()) {
                // a small window keeps most replies in the server's write queue, so later reads wait there for room
                downloader.setReceiveBufferSize(64 * 1024);
                downloader.connect(new InetSocketAddress("127.0.0.1", server.port()));
                downloader.getOutputStream().write(RawConnection.frame(
                        "{\"type\":\"resume\",\"id\":1,\"token\":\"" + alice.token() + "\"}", new byte[0]));
                for (int i = 0; i < READS; i++) {
                    downloader.getOutputStream().write(RawConnection.frame("{\"type\":\"file.read\",\"id\":" + (i + 2)
                            + ",\"fileId\":" + file.id() + ",\"offset\":" + (long) i * MIB + ",\"length\":" + MIB + "}",
                            new byte[0]));
                }
                Frame resumed = FrameCodec.read(new DataInputStream(downloader.getInputStream()), FrameLimits.DEFAULT);
                assertThat(resumed.type()).isEqualTo("ok");
                downloader.setSoLinger(true, 0);
            }

            await().atMost(Duration.ofSeconds(20)).until(() -> abandoned() > abandonedBefore);
            assertThat(alice.client().fileInfo(file.id())).isEqualTo(file);
        }
    }

    private double abandoned() {
        return registry.counter("messenger.requests.abandoned").count();
    }
}
