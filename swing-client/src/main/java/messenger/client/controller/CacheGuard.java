package messenger.client.controller;

import java.util.Optional;
import java.util.function.Supplier;
import messenger.client.cache.CacheException;

/**
 * Runs the cache's reads and writes so that a failing cache (a full disk, a file taken away) costs what it kept and
 * nothing else: the chat goes on from the server, and the failure is logged as a warning.
 */
final class CacheGuard {

    private static final System.Logger LOG = System.getLogger(CacheGuard.class.getName());

    private CacheGuard() {
    }

    static void write(Runnable write) {
        try {
            write.run();
        } catch (CacheException e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
        }
    }

    static <T> Optional<T> read(Supplier<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (CacheException e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
            return Optional.empty();
        }
    }
}
