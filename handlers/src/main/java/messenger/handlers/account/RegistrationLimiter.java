package messenger.handlers.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import messenger.handlers.AddressLimitKey;
import messenger.handlers.MessengerConfig;
import messenger.handlers.TokenBuckets;
import messenger.handlers.spi.RequestException;

/**
 * Accounts created per address: {@code messenger.registrations-per-address-per-hour}, all of them at once at
 * most. Each registration costs a bcrypt hash on a worker thread, so one address must not be able to keep the
 * workers busy creating accounts while everyone else waits.
 */
@ApplicationScoped
public class RegistrationLimiter {

    private static final double SECONDS_PER_HOUR = 3600;

    private final TokenBuckets<String> buckets = new TokenBuckets<>();

    @Inject
    MessengerConfig config;

    /** Counts one registration attempt from {@code address}, or throws {@code RATE_LIMITED} with the wait. */
    public void acquire(String address) {
        int perHour = config.registrationsPerAddressPerHour();
        if (perHour <= 0) {
            return;
        }
        buckets.take(AddressLimitKey.of(address), perHour / SECONDS_PER_HOUR, perHour).ifPresent(wait -> {
            throw RequestException.rateLimited("too many accounts created from your address, try again later", wait);
        });
    }
}
