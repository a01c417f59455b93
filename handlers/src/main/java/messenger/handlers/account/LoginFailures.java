package messenger.handlers.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import messenger.protocol.Sha256;

/**
 * Failed logins in a row per key (a login, or an address's {@code AddressLimitKey}) and the wait they impose:
 * none for the first {@code freeAttempts}, then 1 s, 2 s, 4 s … up to {@code maxDelay}. The counts live in a
 * Caffeine cache, which bounds memory: a key is forgotten once no failure came for {@code maxDelay} after its
 * wait ended, and past {@value #MAX_KEYS} keys Caffeine evicts those least likely to be used again. It never
 * refuses a new key, so a throttle full of blocked logins makes room for a new target instead of ignoring it.
 * A key is kept as its SHA-256, 64 characters whatever its length: a login is whatever a client sent, up to a
 * 64 KiB header, and is counted before anything checks it.
 */
final class LoginFailures {

    static final int MAX_KEYS = 100_000;

    private record Failures(int count, long failedAt, Duration delay) {

        long blockedUntil() {
            return failedAt + delay.toNanos();
        }
    }

    private final int freeAttempts;
    private final Duration maxDelay;
    private final Ticker ticker;
    private final Cache<String, Failures> failures;

    LoginFailures(int freeAttempts, Duration maxDelay, Ticker ticker) {
        this.freeAttempts = freeAttempts;
        this.maxDelay = maxDelay;
        this.ticker = ticker;
        this.failures = Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .expireAfter(Expiry.writing((String key, Failures entry) -> entry.delay().plus(maxDelay)))
                .ticker(ticker)
                .build();
    }

    /** How long {@code key} must still wait before its next attempt; zero if it need not. */
    Duration waitFor(String key) {
        Failures entry = failures.getIfPresent(kept(key));
        long remaining = entry == null ? 0 : entry.blockedUntil() - ticker.read();
        return remaining > 0 ? Duration.ofNanos(remaining) : Duration.ZERO;
    }

    /** How many failures in a row {@code key} has. */
    int count(String key) {
        Failures entry = failures.getIfPresent(kept(key));
        return entry == null ? 0 : entry.count();
    }

    void failed(String key) {
        failures.asMap().compute(kept(key), (ignored, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            return new Failures(count, ticker.read(), delayAfter(count - freeAttempts + 1));
        });
    }

    void forget(String key) {
        failures.invalidate(kept(key));
    }

    /** How many keys are remembered, once expired and evicted ones are gone. */
    long trackedKeys() {
        failures.cleanUp();
        return failures.estimatedSize();
    }

    /** The keys as they are kept. */
    Set<String> keptKeys() {
        return Set.copyOf(failures.asMap().keySet());
    }

    private static String kept(String key) {
        return Sha256.hex(key.getBytes(StandardCharsets.UTF_8));
    }

    private Duration delayAfter(int excessFailures) {
        if (excessFailures <= 0) {
            return Duration.ZERO;
        }
        return excessFailures > 30 ? maxDelay : min(Duration.ofSeconds(1L << (excessFailures - 1)), maxDelay);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
