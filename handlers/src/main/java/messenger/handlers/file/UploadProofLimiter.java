package messenger.handlers.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import messenger.handlers.HandlerConfig;
import messenger.handlers.SharedTokenBuckets;
import messenger.handlers.spi.SharedLimits;

/**
 * Proofs of possession checked per user: {@code messenger.upload-proofs-per-hour}, all of them at once at most,
 * shared by the servers of a cluster. Each upload has one proof, but every {@code upload.start} makes a new upload:
 * without this, someone who knows all of a challenged range but a short secret could try every value of it.
 */
@ApplicationScoped
public class UploadProofLimiter {

    private final SharedTokenBuckets<Long> buckets;

    @Inject
    public UploadProofLimiter(HandlerConfig config, SharedLimits shared) {
        int perHour = config.uploadProofsPerHour();
        this.buckets = new SharedTokenBuckets<>("upload-proofs", perHour, perHour, Duration.ofHours(1), shared);
    }

    /** Counts one proof of {@code userId}; false when their proofs for the hour are spent, and it goes unchecked. */
    public boolean mayCheck(long userId) {
        return buckets.take(userId).isEmpty();
    }
}
