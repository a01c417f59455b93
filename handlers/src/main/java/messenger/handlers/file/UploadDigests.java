package messenger.handlers.file;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import messenger.handlers.TransactionOutcome;
import messenger.protocol.Sha256;

/**
 * Running SHA-256 of the uploads in progress, fed as chunks are stored, so that finishing an upload need not
 * read the whole file back from the database. A digest is trusted only while it has seen exactly the chunks
 * in order: a chunk that does not start where the digest ends (sent again after its transaction rolled back,
 * or an upload resumed after a restart or on another server) drops it, and the finish reads the chunks instead.
 */
@ApplicationScoped
public class UploadDigests {

    /**
     * Bounds the memory: beyond this many uploads in progress, some are hashed at their finish instead (Caffeine
     * picks which, favouring the busy ones). An upload that went on or ended on another server of a cluster is never
     * finished or forgotten here, and leaves after {@link #IDLE}.
     */
    private static final int MAX_TRACKED = 1_000;
    private static final Duration IDLE = Duration.ofHours(1);

    private static final class Running {
        final MessageDigest digest = Sha256.newDigest();
        long hashed;
    }

    private final Cache<Long, Running> running;

    public UploadDigests() {
        this(Ticker.systemTicker());
    }

    UploadDigests(Ticker ticker) {
        this.running = Caffeine.newBuilder()
                .maximumSize(MAX_TRACKED)
                .expireAfterAccess(IDLE)
                .ticker(ticker)
                .executor(Runnable::run)
                .build();
    }

    /**
     * Called with each chunk while the upload's row is locked, so chunks of one upload take turns; register
     * {@link #forgetUnlessCommitted} with the same transaction.
     */
    void chunkStored(long fileId, long offset, byte[] bytes) {
        Running digest = offset == 0 ? start(fileId) : running.getIfPresent(fileId);
        if (digest == null) {
            return;
        }
        synchronized (digest) {
            if (digest.hashed != offset) {
                running.invalidate(fileId);
                return;
            }
            digest.digest.update(bytes);
            digest.hashed += bytes.length;
        }
    }

    /**
     * Drops the digest when the transaction that stored a chunk does not commit: the digest then holds bytes
     * the database does not, and another server could store different ones at that offset.
     */
    Synchronization forgetUnlessCommitted(long fileId) {
        return TransactionOutcome.unlessCommitted(() -> forget(fileId));
    }

    /** The hex SHA-256 of the first {@code size} bytes if every one of them was hashed here; forgets the upload. */
    Optional<String> finish(long fileId, long size) {
        Running digest = running.asMap().remove(fileId);
        if (digest == null) {
            return Optional.empty();
        }
        synchronized (digest) {
            return digest.hashed == size ? Optional.of(Sha256.hex(digest.digest)) : Optional.empty();
        }
    }

    void forget(long fileId) {
        running.invalidate(fileId);
    }

    private Running start(long fileId) {
        Running fresh = new Running();
        running.put(fileId, fresh);
        return fresh;
    }
}
