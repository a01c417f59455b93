package messenger.handlers.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import messenger.handlers.AddressLimitKey;
import messenger.handlers.HandlerConfig;
import messenger.handlers.SharedTokenBuckets;
import messenger.handlers.spi.RequestException;
import messenger.handlers.spi.SharedLimits;

/**
 * Accounts created per address: {@code messenger.registrations-per-address-per-hour}, all of them at once at
 * most. Each registration costs a bcrypt hash on a worker thread, so one address must not be able to keep the
 * workers busy creating accounts while everyone else waits.
 */
@ApplicationScoped
public class RegistrationLimiter {

    private final SharedTokenBuckets<String> buckets;

    @Inject
    public RegistrationLimiter(HandlerConfig config, SharedLimits shared) {
        int perHour = config.registrationsPerAddressPerHour();
        this.buckets = new SharedTokenBuckets<>("registrations", perHour, perHour, Duration.ofHours(1), shared);
    }

    /** Counts one registration attempt from {@code address}, or throws {@code RATE_LIMITED} with the wait. */
    public void acquire(String address) {
        buckets.take(AddressLimitKey.of(address)).ifPresent(wait -> {
            throw RequestException.rateLimited("too many accounts created from your address, try again later", wait);
        });
    }
}
