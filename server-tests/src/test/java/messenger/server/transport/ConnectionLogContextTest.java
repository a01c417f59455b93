package messenger.server.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

/** Quarkus keeps the MDC of an event loop in a duplicated Vert.x context: the id must reach the line there too. */
@QuarkusTest
class ConnectionLogContextTest {

    @Inject
    Vertx vertx;

    @Test
    void aLineWrittenOnAnEventLoopCarriesTheConnection() throws Exception {
        CompletableFuture<Object> seen = new CompletableFuture<>();

        // from a thread outside Vert.x: a new event-loop context, not a duplicated one, as a socket's handlers get
        vertx.getOrCreateContext().runOnContext(ignored ->
                ConnectionLogContext.log(7, () -> seen.complete(MDC.get("connection"))));

        assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo(7L);
    }

    @Test
    void aLineWrittenOutsideVertxCarriesTheConnectionAndTheThreadGetsItsOwnBack() {
        MDC.put("connection", 3L);
        try {
            Object[] seen = new Object[1];

            ConnectionLogContext.log(7, () -> seen[0] = MDC.get("connection"));

            assertThat(seen[0]).isEqualTo(7L);
            assertThat(MDC.getMap()).contains(Map.entry("connection", 3L));
        } finally {
            MDC.remove("connection");
        }
    }
}
