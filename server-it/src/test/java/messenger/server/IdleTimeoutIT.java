package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import messenger.protocol.FileInfo;
import messenger.protocol.Requests;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.TransferListener;
import messenger.testkit.ServerProcess;
import org.junit.jupiter.api.Test;

/**
 * A sub-second idle timeout: a silent signed-in connection is closed, and so is one that has stopped reading its
 * replies (reading from it paused, nothing it is sent gets through), while a connection that pings stays open.
 */
class IdleTimeoutIT {

    private static final String PASSWORD = "correct horse battery";
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(3);
    private static final long PING_EVERY_MILLIS = 250;
    private static final int FILE_SIZE = 1024 * 1024;

    @Test
    void silentAndStalledConnectionsAreClosedWhileAPingingOneStaysOpen() throws Exception {
        Path dir = Path.of("target", "it-idle-" + System.nanoTime());
        Path file = RandomFile.create(dir, "large.bin", FILE_SIZE);
        ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor();
        try (ServerProcess server = ServerProcess.start(dir.resolve("data"),
                // pings wait behind a slow register (seconds on a busy machine); reading must not pause meanwhile,
                // or the pinging connection falls idle too
                Map.of("messenger.idle-timeout", IDLE_TIMEOUT.toMillis() + "ms",
                        "messenger.max-queued-requests", "1000"));
                MessengerClient pinging = server.connect()) {
            pinger.scheduleAtFixedRate(() -> pinging.call(Requests.Ping.TYPE, null, null), 0, PING_EVERY_MILLIS,
                    TimeUnit.MILLISECONDS);
            pinging.register("idle-user", PASSWORD);
            String token = pinging.login("idle-user", PASSWORD, "it").token();
            FileInfo uploaded = pinging.upload(file, "large.bin", TransferListener.NONE);

            try (MessengerClient silent = server.connect();
                    StalledReader stalled = StalledReader.downloading(server.port(), token, uploaded.id(), FILE_SIZE, 24)) {
                silent.resume(token);
                await().atMost(Duration.ofSeconds(30)).until(() -> !silent.isOpen());
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                        assertThat(PrometheusScrape.of(server.managementPort()).value("messenger_connections_open"))
                                .as("open connections: the pinging one only").isEqualTo(1));
            }
            assertThat(pinging.isOpen()).isTrue();
            assertThat(pinging.ping()).isNotNull();
        } finally {
            pinger.shutdownNow();
        }
    }
}
