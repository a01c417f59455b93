package messenger.handlers.account;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import messenger.handlers.spi.SharedLimits;

/**
 * Keys that one login attempt at a time may hold, on this server and, through {@link SharedLimits#hold}, on every
 * server of the cluster: at most one entry per worker thread.
 */
final class AttemptHolds {

    /** Longer than any check of a password takes; a hold a server did not give back (it died) ends by then. */
    private static final Duration CHECK_LEASE = Duration.ofSeconds(10);

    private final String sharedPrefix;
    private final SharedLimits shared;
    private final Map<String, String> held = new ConcurrentHashMap<>();

    AttemptHolds(String name, SharedLimits shared) {
        this.sharedPrefix = "messenger:login-checking:" + name + ":";
        this.shared = shared;
    }

    /** Holds {@code key} for {@code attempt}; false when another attempt holds it, here or on another server. */
    boolean take(String key, String attempt) {
        if (held.putIfAbsent(key, attempt) != null) {
            return false;
        }
        if (!shared.hold(sharedPrefix + key, attempt, CHECK_LEASE).orElse(true)) {
            held.remove(key, attempt);
            return false;
        }
        return true;
    }

    /** Lets go of {@code key} if {@code attempt} holds it. */
    void release(String key, String attempt) {
        if (held.remove(key, attempt)) {
            shared.release(sharedPrefix + key, attempt);
        }
    }
}
