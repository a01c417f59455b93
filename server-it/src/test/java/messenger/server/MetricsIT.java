package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import messenger.protocol.ErrorCode;
import messenger.protocol.FileInfo;
import messenger.protocol.Frame;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.TransferListener;
import messenger.testkit.ServerProcess;
import org.junit.jupiter.api.Test;

/**
 * The packaged server runs a short session (accounts, chat, a file, bad requests, a bad frame, connections
 * refused or timed out before signing in); a scrape of /q/metrics then shows every metric of the README's table
 * with the values that session implies.
 */
class MetricsIT {

    private static final String PASSWORD = "correct horse battery";
    private static final int FILE_SIZE = 300_000;
    private static final int UNAUTHENTICATED_CAP = 3;
    /**
     * The connections that time out wait this long. The two that sign in do so within it: a cold server's first
     * register and login take under a second, several on a busy machine.
     */
    private static final Duration SIGN_IN_DEADLINE = Duration.ofSeconds(8);

    @Test
    void aShortSessionShowsInEveryMessengerMetric() throws Exception {
        Path dir = Path.of("target", "it-metrics-" + System.nanoTime());
        Path file = RandomFile.create(dir, "small.bin", FILE_SIZE);
        Map<String, String> settings = Map.of(
                "messenger.max-unauthenticated-per-address", String.valueOf(UNAUTHENTICATED_CAP),
                "messenger.auth-timeout", SIGN_IN_DEADLINE.toSeconds() + "s");
        try (ServerProcess server = ServerProcess.start(dir.resolve("data"), settings);
                MessengerClient chat = server.connect()) {
            PushCollector pushes = new PushCollector();
            chat.setPushListener(pushes);
            chat.register("metrics-user", PASSWORD);
            String token = chat.login("metrics-user", PASSWORD, "it").token();
            chat.subscribe();
            MessengerClient files = server.connect();
            files.resume(token);
            chat.send("m-1", "hello", null);
            FileInfo uploaded = files.upload(file, "small.bin", TransferListener.NONE);
            chat.send("m-2", "a file", uploaded.id());
            files.download(uploaded.id(), dir.resolve("copy.bin"), TransferListener.NONE);
            assertThat(dir.resolve("copy.bin")).hasSameBinaryContentAs(file);
            assertThat(RequestErrors.catchError(() -> chat.send("m-3", "x".repeat(5_000), null)).code())
                    .isEqualTo(ErrorCode.BAD_REQUEST);
            assertThat(RequestErrors.catchError(() -> chat.request("no.such.type", null)).code())
                    .isEqualTo(ErrorCode.UNKNOWN_TYPE);
            sendABadFrame(server.port(), token);
            refuseOneOverTheCapAndTimeOutTheRest(server.port());
            await().atMost(Duration.ofSeconds(10)).until(() -> pushes.messages.size() == 2);

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                PrometheusScrape metrics = PrometheusScrape.of(server.managementPort());
                assertThat(metrics.value("messenger_connections_open")).isEqualTo(2);
                assertThat(metrics.value("messenger_sessions_authenticated")).isEqualTo(2);
                assertThat(metrics.value("messenger_subscribers")).isEqualTo(1);
                assertThat(metrics.value("messenger_requests_seconds_count", "type", "register", "outcome", "ok"))
                        .isEqualTo(1);
                assertThat(metrics.value("messenger_requests_seconds_count", "type", "send", "outcome", "ok"))
                        .isEqualTo(2);
                assertThat(metrics.value("messenger_requests_seconds_count", "type", "send", "outcome",
                        "BAD_REQUEST")).isEqualTo(1);
                assertThat(metrics.value("messenger_requests_seconds_count", "type", "unknown", "outcome",
                        "UNKNOWN_TYPE")).isEqualTo(1);
                assertThat(metrics.value("messenger_requests_seconds_sum", "type", "send", "outcome", "ok"))
                        .isPositive();
                assertThat(metrics.value("messenger_requests_seconds_max", "type", "send", "outcome", "ok"))
                        .isPositive();
                assertThat(metrics.value("messenger_errors_total", "code", "BAD_REQUEST")).isEqualTo(1);
                assertThat(metrics.value("messenger_errors_total", "code", "UNKNOWN_TYPE")).isEqualTo(1);
                assertThat(metrics.value("messenger_errors_total", "code", "BAD_FRAME")).isEqualTo(1);
                assertThat(metrics.value("messenger_errors_total", "code", "RATE_LIMITED")).isEqualTo(1);
                assertThat(metrics.value("messenger_errors_total", "code", "UNAUTHENTICATED"))
                        .isEqualTo(UNAUTHENTICATED_CAP);
                assertThat(metrics.value("messenger_payload_bytes_total", "direction", "in", "type", "upload.chunk"))
                        .isEqualTo(FILE_SIZE);
                assertThat(metrics.value("messenger_payload_bytes_total", "direction", "out", "type", "file.read"))
                        .isEqualTo(FILE_SIZE);
                assertThat(metrics.value("messenger_messages_stored_total")).isEqualTo(2);
                assertThat(metrics.value("messenger_pushes_sent_total")).as("2 messages, 1 subscriber").isEqualTo(2);
                assertThat(metrics.has("messenger_write_queue_drops_total")).isTrue();
                assertThat(metrics.value("messenger_write_queue_drops_total")).isZero();
                assertThat(metrics.has("messenger_requests_abandoned_total")).isTrue();
            });
            files.close();
        }
    }

    /** A signed-in connection (so it holds no unauthenticated slot) whose next frame is not a JSON object. */
    private static void sendABadFrame(int port, String token) throws Exception {
        try (RawConnection raw = new RawConnection(port)) {
            raw.send(RawConnection.frame("{\"type\":\"resume\",\"id\":1,\"token\":\"" + token + "\"}", new byte[0]));
            assertThat(raw.read().type()).isEqualTo("ok");
            raw.send(RawConnection.frame("[]", new byte[0]));
            assertThat(errorCode(raw.read())).isEqualTo(ErrorCode.BAD_FRAME);
            assertThat(raw.isClosedByServer()).isTrue();
        }
    }

    /**
     * One connection more than the cap, none signing in: one is refused, the others are closed at the sign-in
     * deadline. Which one is refused depends on the order the event loops take them up.
     */
    private static void refuseOneOverTheCapAndTimeOutTheRest(int port) throws Exception {
        List<RawConnection> waiting = new ArrayList<>();
        try {
            for (int i = 0; i <= UNAUTHENTICATED_CAP; i++) {
                waiting.add(new RawConnection(port));
            }
            List<ErrorCode> codes = new ArrayList<>();
            for (RawConnection silent : waiting) {
                silent.setReadTimeout((int) SIGN_IN_DEADLINE.multipliedBy(3).toMillis());
                codes.add(errorCode(silent.read()));
                assertThat(silent.isClosedByServer()).isTrue();
            }
            assertThat(codes).containsOnlyOnce(ErrorCode.RATE_LIMITED)
                    .containsOnly(ErrorCode.RATE_LIMITED, ErrorCode.UNAUTHENTICATED);
        } finally {
            for (RawConnection connection : waiting) {
                connection.close();
            }
        }
    }

    private static ErrorCode errorCode(Frame frame) {
        assertThat(frame.type()).isEqualTo("error");
        return ErrorCode.parse(frame.header().get("code").getAsString());
    }
}
