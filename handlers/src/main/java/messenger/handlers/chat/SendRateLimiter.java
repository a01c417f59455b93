package messenger.handlers.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import messenger.handlers.HandlerConfig;
import messenger.handlers.SharedTokenBuckets;
import messenger.handlers.spi.RequestException;
import messenger.handlers.spi.SharedLimits;

/**
 * A token bucket per user: {@code messenger.messages-per-second} on average, bursts of {@code message-burst}, shared
 * by the servers of a cluster.
 */
@ApplicationScoped
public class SendRateLimiter {

    /** Null when {@code messenger.messages-per-second} turns the limit off. */
    private final SharedTokenBuckets<Long> buckets;

    @Inject
    public SendRateLimiter(HandlerConfig config, SharedLimits shared) {
        int rate = config.messagesPerSecond();
        this.buckets = rate > 0 ? new SharedTokenBuckets<>("send", Math.max(1, config.messageBurst()), rate,
                Duration.ofSeconds(1), shared) : null;
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
