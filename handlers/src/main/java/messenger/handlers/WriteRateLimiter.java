package messenger.handlers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import messenger.handlers.spi.RequestException;
import messenger.handlers.spi.SharedLimits;

/**
 * A token bucket per user for what they write to the log: messages, edits, deletions, reactions, notification
 * levels and room changes, each one token. Read marks take none: a client marks many conversations at once when it
 * reconnects, and a refused mark would leave the user's other devices showing what was read as unread. {@code messenger.messages-per-second} on average, bursts
 * of {@code message-burst}, shared by the servers of a cluster. Every one of them is a commit on the single writer
 * and most a push to every member, so none may be sent without limit.
 */
@ApplicationScoped
public class WriteRateLimiter {

    private final SharedTokenBuckets<Long> buckets;

    @Inject
    public WriteRateLimiter(HandlerConfig config, SharedLimits shared) {
        this.buckets = new SharedTokenBuckets<>("writes", Math.max(1, config.messageBurst()),
                config.messagesPerSecond(), Duration.ofSeconds(1), shared);
    }

    /** Takes one token for this user, or throws {@code RATE_LIMITED} saying when the next one is there. */
    public void acquire(long userId) {
        buckets.take(userId).ifPresent(wait -> {
            throw RequestException.rateLimited("writing too fast, slow down", wait);
        });
    }
}
