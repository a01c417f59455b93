package messenger.handlers.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import messenger.handlers.AddressLimitKey;
import messenger.handlers.MessengerConfig;
import messenger.handlers.spi.RequestException;

/**
 * Slows down password guessing: after a few failed logins in a row, for one login or from one address, each
 * further attempt must wait, and the wait doubles with every failure up to a maximum. Unknown logins are
 * throttled exactly like real ones, so the replies say nothing about which logins exist. Failures are
 * forgotten once no new one came for {@code messenger.login-max-delay} after the last wait ended.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant blockedUntil) {
    }

    private final Map<String, Failures> byLogin = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    @Inject
    MessengerConfig config;

    /** Throws {@code RATE_LIMITED} while this login or address must wait. */
    public void check(String loginKey, String address) {
        Instant now = Instant.now();
        Instant until = later(blockedUntil(byLogin, loginKey), blockedUntil(byAddress, AddressLimitKey.of(address)));
        if (until.isAfter(now)) {
            throw RequestException.rateLimited("too many failed logins, wait before trying again",
                    Duration.between(now, until));
        }
    }

    public void failed(String loginKey, String address) {
        record(byLogin, loginKey, config.loginFailuresBeforeDelay());
        record(byAddress, AddressLimitKey.of(address), config.loginFailuresPerAddressBeforeDelay());
    }

    public void succeeded(String loginKey) {
        byLogin.remove(loginKey);
    }

    private void record(Map<String, Failures> failures, String key, int freeAttempts) {
        Instant now = Instant.now();
        if (failures.size() >= MAX_TRACKED && !failures.containsKey(key)) {
            failures.values().removeIf(entry -> entry.blockedUntil().isBefore(now));
            if (failures.size() >= MAX_TRACKED) {
                forgetTheSoonestFree(failures);
            }
        }
        failures.compute(key, (ignored, previous) -> {
            boolean forgotten = previous == null || previous.blockedUntil().isBefore(now.minus(config.loginMaxDelay()));
            int count = forgotten ? 1 : previous.count() + 1;
            return new Failures(count, now.plus(delayAfter(count - freeAttempts + 1)));
        });
    }

    /**
     * Makes room when every tracked key is still blocked, as under a flood of guesses at many logins: the key
     * whose wait ends first goes, so a new target is always tracked and the latest attacks stay throttled.
     */
    private static void forgetTheSoonestFree(Map<String, Failures> failures) {
        failures.entrySet().stream()
                .min(Map.Entry.comparingByValue(Comparator.comparing(Failures::blockedUntil)))
                .ifPresent(first -> failures.remove(first.getKey(), first.getValue()));
    }

    private Duration delayAfter(int excessFailures) {
        if (excessFailures <= 0) {
            return Duration.ZERO;
        }
        Duration max = config.loginMaxDelay();
        return excessFailures > 30 ? max : min(Duration.ofSeconds(1L << (excessFailures - 1)), max);
    }

    private static Instant blockedUntil(Map<String, Failures> failures, String key) {
        Failures entry = failures.get(key);
        return entry == null ? Instant.EPOCH : entry.blockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
