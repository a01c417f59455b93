package messenger.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import messenger.protocol.ErrorCode;
import org.junit.jupiter.api.Test;

class RetryTest {

    private static final ReconnectPolicy POLICY = new ReconnectPolicy(Duration.ofMillis(500), Duration.ofSeconds(8));

    @Test
    void aLostConnectionAndAServerThatIsBusyWaitByThePolicy() {
        assertThat(Retry.after(new ConnectionLostException("gone", null), 3, POLICY)).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000)));
        assertThat(Retry.after(new IOException("refused"), 1, POLICY)).isPresent();
        assertThat(Retry.after(refusal(ErrorCode.UNAVAILABLE, null), 1, POLICY)).isPresent();
        assertThat(Retry.after(refusal(ErrorCode.BAD_OFFSET, null), 1, POLICY)).isPresent();
    }

    @Test
    void rateLimitedWaitsWhatTheServerSaysWhateverTheAttempt() {
        JsonObject header = new JsonObject();
        header.addProperty("retryAfter", 4);
        assertThat(Retry.after(refusal(ErrorCode.RATE_LIMITED, header), 1, POLICY)).contains(Duration.ofSeconds(4));
        assertThat(Retry.after(refusal(ErrorCode.RATE_LIMITED, header), 9, POLICY)).contains(Duration.ofSeconds(4));
        header.addProperty("retryAfter", 0.25);
        assertThat(Retry.after(refusal(ErrorCode.RATE_LIMITED, header), 1, POLICY)).contains(Duration.ofMillis(250));
    }

    @Test
    void rateLimitedWithoutRetryAfterWaitsByThePolicy() {
        JsonObject header = new JsonObject();
        header.addProperty("retryAfter", "soon");
        assertThat(Retry.after(refusal(ErrorCode.RATE_LIMITED, header), 1, POLICY)).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofMillis(250), Duration.ofMillis(500)));
        assertThat(Retry.after(refusal(ErrorCode.RATE_LIMITED, null), 1, POLICY)).isPresent();
    }

    @Test
    void everyOtherRefusalIsFinal() {
        for (ErrorCode code : ErrorCode.values()) {
            if (code != ErrorCode.RATE_LIMITED && code != ErrorCode.UNAVAILABLE && code != ErrorCode.BAD_OFFSET) {
                assertThat(Retry.after(refusal(code, null), 1, POLICY)).as(code.name()).isEmpty();
            }
        }
        assertThat(Retry.after(new IllegalStateException("a bug"), 1, POLICY)).isEmpty();
        assertThat(Retry.after(new SSLHandshakeException("not trusted"), 1, POLICY)).isEmpty();
    }

    private static MessengerException refusal(ErrorCode code, JsonObject header) {
        return new MessengerException(code, "refused", header);
    }
}
