package messenger.handlers.account;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import messenger.handlers.AddressLimitKey;
import messenger.handlers.HandlerConfig;
import messenger.handlers.spi.RequestException;

/**
 * Slows down password guessing: after a few failed logins in a row, for one login or from one address, each
 * further attempt must wait, and the wait doubles with every failure up to a maximum. Unknown logins are
 * throttled exactly like real ones, so the replies say nothing about which logins exist. Failures are
 * forgotten once no new one came for {@code messenger.login-max-delay} after the last wait ended.
 */
@ApplicationScoped
public class LoginThrottle {

    private final LoginFailures byLogin;
    private final LoginFailures byAddress;

    @Inject
    public LoginThrottle(HandlerConfig config) {
        this.byLogin = new LoginFailures(config.loginFailuresBeforeDelay(), config.loginMaxDelay(),
                Ticker.systemTicker());
        this.byAddress = new LoginFailures(config.loginFailuresPerAddressBeforeDelay(), config.loginMaxDelay(),
                Ticker.systemTicker());
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
