package messenger.handlers.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import messenger.handlers.MessengerConfig;
import messenger.handlers.spi.RequestException;

/** A token bucket per user: {@code messenger.messages-per-second} on average, bursts of {@code message-burst}. */
@ApplicationScoped
public class SendRateLimiter {

    private static final class Bucket {
        double tokens;
        long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }
    }

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    MessengerConfig config;

    /** Takes one token for this user, or throws {@code RATE_LIMITED} saying when the next one is there. */
    public void acquire(long userId) {
        int rate = config.messagesPerSecond();
        if (rate <= 0) {
            return;
        }
        int burst = Math.max(1, config.messageBurst());
        long now = System.nanoTime();
        Bucket bucket = buckets.computeIfAbsent(userId, id -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.refilledAt) * rate / 1e9);
            bucket.refilledAt = now;
            if (bucket.tokens < 1) {
                long waitNanos = (long) ((1 - bucket.tokens) * 1e9 / rate);
                throw RequestException.rateLimited("sending too fast, slow down", Duration.ofNanos(waitNanos));
            }
            bucket.tokens -= 1;
        }
    }
}
