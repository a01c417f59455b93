package messenger.handlers.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import messenger.handlers.AddressLimitKey;
import messenger.handlers.HandlerConfig;
import messenger.handlers.spi.RequestException;
import messenger.handlers.spi.SharedLimits;

/**
 * Slows down password guessing: after a few failed logins in a row, for one login or from one address, each
 * further attempt must wait, and the wait doubles with every failure up to a maximum. Unknown logins are
 * throttled exactly like real ones, so the replies say nothing about which logins exist. Failures are
 * forgotten once no new one came for {@code messenger.login-max-delay} after the last wait ended. The servers of a
 * cluster count together.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Duration ANOTHER_ATTEMPT_WAIT = Duration.ofSeconds(1);

    /** Longer than any check of a password takes; a hold a server did not give back (it died) ends by then. */
    private static final Duration CHECK_LEASE = Duration.ofSeconds(10);

    /**
     * The logins an attempt is being checked for on this server, each with the attempt's own name, which holds it
     * across the cluster too: at most one entry per worker thread.
     */
    private final Map<String, String> checking = new ConcurrentHashMap<>();
    private final SharedLimits shared;
    private final SharedLoginFailures byLogin;
    private final SharedLoginFailures byAddress;

    @Inject
    public LoginThrottle(HandlerConfig config, SharedLimits shared) {
        this.byLogin = new SharedLoginFailures("login", config.loginFailuresBeforeDelay(), config.loginMaxDelay(),
                shared);
        this.shared = shared;
        this.byAddress = new SharedLoginFailures("address", config.loginFailuresPerAddressBeforeDelay(),
                config.loginMaxDelay(), shared);
    }

    /**
     * Begins an attempt at this login, which {@link #end} ends: throws {@code RATE_LIMITED} while the login or the
     * address must wait, or while another attempt at the same login is being checked, here or on another server of
     * the cluster. One at a time, so that attempts sent side by side, to one server or to several, cannot all pass
     * the check before the first failure is counted.
     */
    public void begin(String loginKey, String address) {
        String attempt = UUID.randomUUID().toString();
        if (checking.putIfAbsent(loginKey, attempt) != null) {
            throw anotherAttempt();
        }
        try {
            if (!shared.hold(sharedKey(loginKey), attempt, CHECK_LEASE).orElse(true)) {
                throw anotherAttempt();
            }
            check(loginKey, address);
        } catch (RuntimeException e) {
            end(loginKey);
            throw e;
        }
    }

    public void end(String loginKey) {
        String attempt = checking.remove(loginKey);
        if (attempt != null) {
            shared.release(sharedKey(loginKey), attempt);
        }
    }

    private static RequestException anotherAttempt() {
        return RequestException.rateLimited("another login with this name is being checked; try again",
                ANOTHER_ATTEMPT_WAIT);
    }

    private static String sharedKey(String loginKey) {
        return "messenger:login-checking:" + loginKey;
    }

    /** Throws {@code RATE_LIMITED} while this login or address must wait. */
    public void check(String loginKey, String address) {
        Duration forLogin = byLogin.waitFor(loginKey);
        Duration forAddress = byAddress.waitFor(AddressLimitKey.of(address));
        Duration wait = forLogin.compareTo(forAddress) > 0 ? forLogin : forAddress;
        if (!wait.isZero()) {
            throw RequestException.rateLimited("too many failed logins, wait before trying again", wait);
        }
    }

    public void failed(String loginKey, String address) {
        byLogin.failed(loginKey);
        byAddress.failed(AddressLimitKey.of(address));
    }

    public void succeeded(String loginKey) {
        byLogin.forget(loginKey);
    }
}
