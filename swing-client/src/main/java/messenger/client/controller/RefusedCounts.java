package messenger.client.controller;

import messenger.client.cache.AccountCache;
import messenger.client.model.NotSent;

/**
 * Keeps {@link NotSent} equal to what the cache holds: counted again, in one small query, after every refusal, try
 * again or discard, and at start. Runs on any thread but the event thread.
 */
final class RefusedCounts {

    private final AccountCache cache;
    private final NotSent notSent;

    RefusedCounts(AccountCache cache, NotSent notSent) {
        this.cache = cache;
        this.notSent = notSent;
    }

    NotSent model() {
        return notSent;
    }

    void recount() {
        CacheGuard.read(() -> cache.pending().refusedCounts()).ifPresent(notSent::replaceAll);
    }
}
