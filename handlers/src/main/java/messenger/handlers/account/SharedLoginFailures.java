package messenger.handlers.account;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import messenger.handlers.spi.SharedLimits;

/**
 * {@link LoginFailures} that the servers of a cluster count together; on this server alone when there is no
 * cluster or it cannot answer, so an outage never makes anyone wait longer than they should.
 */
final class SharedLoginFailures {

    private final String name;
    private final int freeAttempts;
    private final Duration maxDelay;
    private final LoginFailures local;
    private final SharedLimits shared;

    SharedLoginFailures(String name, int freeAttempts, Duration maxDelay, SharedLimits shared) {
        this.name = name;
        this.freeAttempts = freeAttempts;
        this.maxDelay = maxDelay;
        this.local = new LoginFailures(freeAttempts, maxDelay, Ticker.systemTicker());
        this.shared = shared;
    }

    Duration waitFor(String key) {
        Optional<Duration> wait = shared.loginWait(sharedKey(key));
        return wait.orElseGet(() -> local.waitFor(key));
    }

    /** Whether one more failure would make {@code key} wait. */
    boolean nextFailureWaits(String key) {
        long count = shared.loginFailures(sharedKey(key)).orElseGet(() -> (long) local.count(key));
        return count + 1 >= freeAttempts;
    }

    void failed(String key) {
        if (!shared.loginFailed(sharedKey(key), freeAttempts, maxDelay)) {
            local.failed(key);
        }
    }

    void forget(String key) {
        shared.loginSucceeded(sharedKey(key));
        local.forget(key);
    }

    private String sharedKey(String key) {
        return "messenger:login-failures:" + name + ":" + key;
    }
}
