package messenger.protocol.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delays between attempts after a failure: doubling from {@code first} up to {@code max}, each shortened by up to a
 * fifth at random so that many clients dropped together do not all return in the same instant. Every client waits
 * by this policy, through {@link Retry}.
 */
public record ReconnectPolicy(Duration first, Duration max) {

    public static final ReconnectPolicy DEFAULT = new ReconnectPolicy(Duration.ofMillis(500), Duration.ofSeconds(15));

    /** The delay before attempt {@code attempt} (1 for the first retry). */
    public Duration delay(int attempt) {
        long full = Math.min(max.toMillis(), first.toMillis() << Math.min(Math.max(attempt, 1) - 1, 20));
        long jitter = ThreadLocalRandom.current().nextLong(full / 5 + 1);
        return Duration.ofMillis(full - jitter);
    }

    /** Whether attempts this far apart mean the client is offline rather than briefly reconnecting. */
    public boolean isAtMax(int attempt) {
        return first.toMillis() << Math.min(Math.max(attempt, 1) - 1, 20) >= max.toMillis();
    }
}
