package messenger.server.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestLogContextTest {

    private final RequestLogContext send = new RequestLogContext(3, "send", "alice");

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    @Test
    void workSeesTheRequestsContextAndTheThreadGetsItsOwnBack() {
        MDC.put("job", "expiry");

        Map<String, Object> seen = send.around(MDC::getMap);

        assertThat(seen).containsEntry("connection", 3L).containsEntry("type", "send").containsEntry("login", "alice")
                .containsEntry("job", "expiry");
        assertThat(MDC.getMap()).containsOnly(Map.entry("job", "expiry"));
    }

    @Test
    void anUnauthenticatedRequestHasNoLoginAndANestedUseKeepsTheOuterContext() {
        RequestLogContext login = new RequestLogContext(4, "login", null);

        Map<String, Object> afterNested = login.around(() -> {
            send.around(() -> null);
            return MDC.getMap();
        });

        assertThat(afterNested).containsOnly(Map.entry("connection", 4L), Map.entry("type", "login"));
    }

    @Test
    void aReplyCompletedOnAnotherThreadIsLoggedWithTheContext() {
        Map<String, Object> seen = CompletableFuture.supplyAsync(() -> send.around(MDC::getMap)).join();

        assertThat(seen).containsEntry("connection", 3L).containsEntry("login", "alice");
    }
}
