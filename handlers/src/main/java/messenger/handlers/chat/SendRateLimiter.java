package messenger.handlers.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import messenger.handlers.HandlerConfig;
import messenger.handlers.TokenBuckets;
import messenger.handlers.spi.RequestException;

/** A token bucket per user: {@code messenger.messages-per-second} on average, bursts of {@code message-burst}. */
@ApplicationScoped
public class SendRateLimiter {

    /** Null when {@code messenger.messages-per-second} turns the limit off. */
    private final TokenBuckets<Long> buckets;

    @Inject
    public SendRateLimiter(HandlerConfig config) {
        int rate = config.messagesPerSecond();
        this.buckets = rate > 0 ? new TokenBuckets<>(Math.max(1, config.messageBurst()), rate, Duration.ofSeconds(1))
                : null;
    }

    /** Takes one token for this user, or throws {@code RATE_LIMITED} saying when the next one is there. */
    public void acquire(long userId) {
        if (buckets == null) {
            return;
        }
        buckets.take(userId).ifPresent(wait -> {
            throw RequestException.rateLimited("sending too fast, slow down", wait);
        });
    }
}
