package messenger.protocol.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delays between attempts after a failure: doubling from {@code first} up to {@code max}, each shortened by up to
 * half at random ("equal jitter"), so that many clients dropped together, by a server restart say, come back spread
 * over a while rather than in the same instant. Every client waits by this policy, through {@link Retry}.
 */
public record ReconnectPolicy(Duration first, Duration max) {

    public static final ReconnectPolicy DEFAULT = new ReconnectPolicy(Duration.ofMillis(500), Duration.ofSeconds(15));

    /** The delay before attempt {@code attempt} (1 for the first retry). */
    public Duration delay(int attempt) {
        long full = Math.min(max.toMillis(), first.toMillis() << Math.min(Math.max(attempt, 1) - 1, 20));
        long jitter = ThreadLocalRandom.current().nextLong(full / 2 + 1);
        return Duration.ofMillis(full - jitter);
    }

    /** The same doubling with waits of at most {@code cap}. */
    public ReconnectPolicy cappedAt(Duration cap) {
        return cap.compareTo(max) < 0 ? new ReconnectPolicy(first.compareTo(cap) < 0 ? first : cap, cap) : this;
    }
}
