package messenger.handlers.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
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

    /** The logins an attempt is being checked for on this server: at most one entry per worker thread. */
    private final Set<String> checking = ConcurrentHashMap.newKeySet();
    private final SharedLoginFailures byLogin;
    private final SharedLoginFailures byAddress;

    @Inject
    public LoginThrottle(HandlerConfig config, SharedLimits shared) {
        this.byLogin = new SharedLoginFailures("login", config.loginFailuresBeforeDelay(), config.loginMaxDelay(),
                shared);
        this.byAddress = new SharedLoginFailures("address", config.loginFailuresPerAddressBeforeDelay(),
                config.loginMaxDelay(), shared);
    }

    /**
     * Begins an attempt at this login, which {@link #end} ends: throws {@code RATE_LIMITED} while the login or the
     * address must wait, or while another attempt at the same login is being checked here. One at a time, so that
     * attempts sent side by side cannot all pass the check before the first failure is counted.
     */
    public void begin(String loginKey, String address) {
        if (!checking.add(loginKey)) {
            throw RequestException.rateLimited("another login with this name is being checked; try again",
                    ANOTHER_ATTEMPT_WAIT);
        }
        try {
            check(loginKey, address);
        } catch (RuntimeException e) {
            checking.remove(loginKey);
            throw e;
        }
    }

    public void end(String loginKey) {
        checking.remove(loginKey);
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
