package messenger.handlers;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket per key: tokens come back at a steady rate up to a burst, and each attempt takes one. Once
 * many keys are tracked, those whose buckets have filled up again are forgotten (they would start full anyway),
 * at most once a second; while the map is still full after that, a new key is let through without a bucket
 * rather than letting memory grow (that takes more keys than the limits are meant for: addresses or users
 * active within one refill period).
 */
public final class TokenBuckets<K> {

    private static final int MANY_KEYS = 100_000;
    private static final long CLEAN_UP_EVERY_NANOS = 1_000_000_000L;

    private static final class Bucket {
        double tokens;
        long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        double tokensAt(long now, double perSecond, int burst) {
            return Math.min(burst, tokens + (now - refilledAt) * perSecond / 1e9);
        }
    }

    private final Map<K, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastCleanUp = new AtomicLong(System.nanoTime());

    /** Takes a token from {@code key}'s bucket: empty if there was one, else how long until there is. */
    public Optional<Duration> take(K key, double perSecond, int burst) {
        long now = System.nanoTime();
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= MANY_KEYS && !forgetFullBuckets(now, perSecond, burst)) {
                return Optional.empty();
            }
            bucket = buckets.computeIfAbsent(key, ignored -> new Bucket(burst, now));
        }
        synchronized (bucket) {
            bucket.tokens = bucket.tokensAt(now, perSecond, burst);
            bucket.refilledAt = now;
            if (bucket.tokens < 1) {
                return Optional.of(Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) * 1e9 / perSecond)));
            }
            bucket.tokens -= 1;
            return Optional.empty();
        }
    }

    /** Whether there is room for another key, after forgetting full buckets if the last clean-up is old enough. */
    private boolean forgetFullBuckets(long now, double perSecond, int burst) {
        long last = lastCleanUp.get();
        if (now - last >= CLEAN_UP_EVERY_NANOS && lastCleanUp.compareAndSet(last, now)) {
            buckets.values().removeIf(bucket -> {
                synchronized (bucket) {
                    return bucket.tokensAt(now, perSecond, burst) >= burst;
                }
            });
        }
        return buckets.size() < MANY_KEYS;
    }
}
