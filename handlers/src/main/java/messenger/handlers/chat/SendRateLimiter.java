package messenger.handlers.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import messenger.handlers.MessengerConfig;
import messenger.handlers.TokenBuckets;
import messenger.handlers.spi.RequestException;

/** A token bucket per user: {@code messenger.messages-per-second} on average, bursts of {@code message-burst}. */
@ApplicationScoped
public class SendRateLimiter {

    private final TokenBuckets<Long> buckets = new TokenBuckets<>();

    @Inject
    MessengerConfig config;

    /** Takes one token for this user, or throws {@code RATE_LIMITED} saying when the next one is there. */
    public void acquire(long userId) {
        int rate = config.messagesPerSecond();
        if (rate <= 0) {
            return;
        }
        buckets.take(userId, rate, Math.max(1, config.messageBurst())).ifPresent(wait -> {
            throw RequestException.rateLimited("sending too fast, slow down", wait);
        });
    }
}
