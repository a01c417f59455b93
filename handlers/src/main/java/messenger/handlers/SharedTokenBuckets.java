package messenger.handlers;

import java.time.Duration;
import java.util.Optional;
import messenger.handlers.spi.SharedLimits;

/**
 * {@link TokenBuckets} that the servers of a cluster share: each take asks the cluster first and counts on this
 * server alone only when there is no cluster or it cannot answer, so a limit never refuses more than it should
 * and holds across servers whenever it can. A refill of 0 or less is no limit: every take gets its token, as the
 * settings behind these buckets turn a limit off with 0.
 */
public final class SharedTokenBuckets<K> {

    private final String name;
    private final int burst;
    private final Duration interval;
    /** Null when there is no limit. */
    private final TokenBuckets<K> local;
    private final SharedLimits shared;

    /** {@code burst} tokens at most, {@code refill} of them coming back evenly over each {@code period}. */
    public SharedTokenBuckets(String name, int burst, int refill, Duration period, SharedLimits shared) {
        this.name = name;
        this.burst = burst;
        this.interval = refill > 0 ? period.dividedBy(refill) : period;
        this.local = refill > 0 ? new TokenBuckets<>(burst, refill, period) : null;
        this.shared = shared;
    }

    /** Takes a token from {@code key}'s bucket: empty if there was one, else how long until there is. */
    public Optional<Duration> take(K key) {
        if (local == null) {
            return Optional.empty();
        }
        Optional<Duration> wait = shared.take("messenger:limit:" + name + ":" + key, interval, burst);
        if (wait.isEmpty()) {
            return local.take(key);
        }
        return wait.get().isZero() ? Optional.empty() : wait;
    }
}
