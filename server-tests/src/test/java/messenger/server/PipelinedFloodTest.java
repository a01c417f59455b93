package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Reading pauses after {@code messenger.max-queued-requests} and goes on as replies go out, so a flood of requests
 * far larger than one socket read is answered in full, in order, through a thousand pauses, and nothing is lost
 * at a pause.
 */
@QuarkusTest
class PipelinedFloodTest {

    private static final int REQUESTS = 20_000;

    @Inject
    TestServer server;

    @Test
    void aFloodOfPipelinedRequestsIsAnsweredInFullAndInOrder() throws Exception {
        ByteArrayOutputStream flood = new ByteArrayOutputStream();
        for (int id = 1; id <= REQUESTS; id++) {
            flood.write(RawConnection.frame("{\"type\":\"ping\",\"id\":" + id + "}", new byte[0]));
        }
        try (RawConnection raw = new RawConnection(server.port())) {
            // the server stops reading until replies are read: the flood is written beside the reading
            CompletableFuture<Void> sent = CompletableFuture.runAsync(() -> {
                try {
                    raw.send(flood.toByteArray());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            for (int id = 1; id <= REQUESTS; id++) {
                assertThat(raw.read().re()).isEqualTo(id);
            }
            sent.get(30, TimeUnit.SECONDS);
            raw.send(RawConnection.frame("{\"type\":\"ping\",\"id\":0}", new byte[0]));
            assertThat(raw.read().re()).isZero();
        }
    }
}
