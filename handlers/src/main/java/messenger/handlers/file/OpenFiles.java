package messenger.handlers.file;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Scheduler;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.time.Duration;

/**
 * The files of uploads in progress, kept open between their chunks, so that a chunk costs a write and a
 * {@code force}, not an open and a close as well. At most {@link #MAX_OPEN} are open; a file unused for a minute
 * (its upload finished or abandoned), pushed out by others or deleted is closed once the write that holds it (if
 * any) is done. Caffeine's scheduler closes an idle file on time even when no other upload comes.
 *
 * <p>Threads: any worker; chunks of one upload take turns (their row is locked), different uploads do not.
 */
final class OpenFiles {

    /** Bounds the file descriptors this server holds for uploads. */
    static final int MAX_OPEN = 64;

    interface Opener {
        FileChannel open(long fileId) throws IOException;
    }

    interface Use<T> {
        T with(FileChannel channel) throws IOException;
    }

    /** A channel and the writes that hold it; closed when evicted and no longer held. */
    private static final class Handle {
        private final FileChannel channel;
        private int users;
        private boolean evicted;

        Handle(FileChannel channel) {
            this.channel = channel;
        }

        synchronized boolean acquire() {
            if (evicted) {
                return false;
            }
            users++;
            return true;
        }

        synchronized void release() {
            users--;
            closeIfDone();
        }

        synchronized void evict() {
            evicted = true;
            closeIfDone();
        }

        private void closeIfDone() {
            if (evicted && users == 0) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // every write was forced before its reply; nothing is lost by a failed close
                }
            }
        }
    }

    private static final Duration IDLE = Duration.ofMinutes(1);

    private final Opener opener;
    private final Cache<Long, Handle> open;

    OpenFiles(Opener opener) {
        this(opener, IDLE);
    }

    OpenFiles(Opener opener, Duration idle) {
        this.opener = opener;
        this.open = Caffeine.newBuilder()
                .maximumSize(MAX_OPEN)
                .expireAfterAccess(idle)
                .scheduler(Scheduler.systemScheduler())
                .executor(Runnable::run)
                .removalListener((Long id, Handle handle, RemovalCause cause) -> {
                    if (handle != null) {
                        handle.evict();
                    }
                })
                .build();
    }

    /** Runs {@code use} with the open file of {@code fileId}, opening it first if need be. */
    <T> T with(long fileId, Use<T> use) throws IOException {
        while (true) {
            Handle handle = open.getIfPresent(fileId);
            if (handle == null) {
                Handle fresh = new Handle(opener.open(fileId));
                handle = open.asMap().putIfAbsent(fileId, fresh);
                if (handle == null) {
                    handle = fresh;
                } else {
                    fresh.evict();
                }
            }
            if (handle.acquire()) {
                try {
                    return use.with(handle.channel);
                } finally {
                    handle.release();
                }
            }
            open.asMap().remove(fileId, handle);
        }
    }

    /** Closes the file of {@code fileId} once no write holds it; call before deleting it. */
    void close(long fileId) {
        open.invalidate(fileId);
    }
}
