package messenger.handlers.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
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
 *
 * <p>Failures are counted when a check ends, so attempts that run side by side could all pass before the first
 * one is counted. Hence only one attempt per login is checked at a time, and, once one more failure would make an
 * address wait, only one per address: until then people behind one address (a NAT) still sign in side by side.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Duration ANOTHER_ATTEMPT_WAIT = Duration.ofSeconds(1);

    private final SharedLoginFailures byLogin;
    private final SharedLoginFailures byAddress;
    private final AttemptHolds loginsChecked;
    private final AttemptHolds addressesChecked;

    @Inject
    public LoginThrottle(HandlerConfig config, SharedLimits shared) {
        this.byLogin = new SharedLoginFailures("login", config.loginFailuresBeforeDelay(), config.loginMaxDelay(),
                shared);
        this.byAddress = new SharedLoginFailures("address", config.loginFailuresPerAddressBeforeDelay(),
                config.loginMaxDelay(), shared);
        this.loginsChecked = new AttemptHolds("login", shared);
        this.addressesChecked = new AttemptHolds("address", shared);
    }

    /**
     * Begins an attempt at this login from this address, to be closed once its outcome is counted: throws
     * {@code RATE_LIMITED} while the login or the address must wait, or while another attempt is being checked,
     * here or on another server of the cluster, at the same login, or from an address one failure short of waiting.
     */
    public LoginAttempt begin(String loginKey, String address) {
        String attempt = UUID.randomUUID().toString();
        String addressKey = AddressLimitKey.of(address);
        if (!loginsChecked.take(loginKey, attempt)) {
            throw anotherAttempt("another login with this name is being checked; try again");
        }
        Runnable release = () -> {
            addressesChecked.release(addressKey, attempt);
            loginsChecked.release(loginKey, attempt);
        };
        try {
            // held before the wait is read: an attempt that held the address counted its failure before letting go
            if (byAddress.nextFailureWaits(addressKey) && !addressesChecked.take(addressKey, attempt)) {
                throw anotherAttempt("another login from this address is being checked; try again");
            }
            check(loginKey, address);
        } catch (RuntimeException e) {
            release.run();
            throw e;
        }
        return new LoginAttempt(this, loginKey, address, release);
    }

    private static RequestException anotherAttempt(String message) {
        return RequestException.rateLimited(message, ANOTHER_ATTEMPT_WAIT);
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
