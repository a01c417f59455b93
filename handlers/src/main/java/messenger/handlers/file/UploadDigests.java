package messenger.handlers.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Beyond this many uploads in progress, new ones are hashed at the finish; bounds the memory. */
    private static final int MAX_TRACKED = 1_000;

    private static final class Running {
        final MessageDigest digest = Sha256.newDigest();
        long hashed;
    }

    private final Map<Long, Running> running = new ConcurrentHashMap<>();

    /**
     * Called with each chunk while the upload's row is locked, so chunks of one upload take turns; register
     * {@link #forgetUnlessCommitted} with the same transaction.
     */
    void chunkStored(long fileId, long offset, byte[] bytes) {
        Running digest = offset == 0 ? start(fileId) : running.get(fileId);
        if (digest == null) {
            return;
        }
        synchronized (digest) {
            if (digest.hashed != offset) {
                running.remove(fileId);
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
        Running digest = running.remove(fileId);
        if (digest == null) {
            return Optional.empty();
        }
        synchronized (digest) {
            return digest.hashed == size ? Optional.of(Sha256.hex(digest.digest)) : Optional.empty();
        }
    }

    void forget(long fileId) {
        running.remove(fileId);
    }

    private Running start(long fileId) {
        if (running.size() >= MAX_TRACKED) {
            running.remove(fileId);
            return null;
        }
        Running fresh = new Running();
        running.put(fileId, fresh);
        return fresh;
    }
}
