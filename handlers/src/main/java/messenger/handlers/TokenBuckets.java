package messenger.handlers;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Optional;

/**
 * A token bucket per key: tokens come back at a steady rate up to a burst, and each attempt takes one. The
 * buckets are Bucket4j's, held in a Caffeine cache, so neither the refill arithmetic nor the eviction is ours.
 * Memory is bounded by the cache: a key idle long enough for its bucket to fill up again is forgotten (it would
 * start full anyway), and past {@value #MAX_KEYS} keys Caffeine forgets those least likely to be used again; a
 * forgotten key starts with a full bucket.
 */
public final class TokenBuckets<K> {

    static final int MAX_KEYS = 100_000;

    private final Bandwidth limit;
    private final TimeMeter time;
    private final Cache<K, Bucket> buckets;

    /** {@code burst} tokens at most, {@code refill} of them coming back evenly over each {@code period}. */
    public TokenBuckets(int burst, int refill, Duration period) {
        this(burst, refill, period, Ticker.systemTicker());
    }

    TokenBuckets(int burst, int refill, Duration period, Ticker ticker) {
        this.limit = Bandwidth.builder().capacity(burst).refillGreedy(refill, period).build();
        this.time = new TickerTime(ticker);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .expireAfterAccess(period.multipliedBy(burst).dividedBy(refill))
                .ticker(ticker)
                .build();
    }

    /** Takes a token from {@code key}'s bucket: empty if there was one, else how long until there is. */
    public Optional<Duration> take(K key) {
        ConsumptionProbe probe = buckets.get(key, ignored -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** How many keys have a bucket, once expired and evicted ones are gone. */
    long trackedKeys() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit).withCustomTimePrecision(time).build();
    }

    /** Bucket4j refills by the clock the cache expires by, so a test can move both at once. */
    private record TickerTime(Ticker ticker) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return ticker.read();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
