package messenger.handlers.file;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The SHA-256 of a stored file read back whole, in a transaction of its own whose time limit grows with the file:
 * the usual one (60 s) is what a 4 GiB file takes at 70 MB/s, which a slow or busy disk does not reach, and a
 * rollback then would fail the same way at every retry. Called with no row lock held.
 */
final class WholeFileHashes {

    /** The slowest read allowed to finish, after the usual minute. */
    private static final long BYTES_PER_SECOND = 10L << 20;
    private static final int USUAL_SECONDS = 60;

    private WholeFileHashes() {
    }

    static String sha256(FileStore store, long fileId, long size) {
        int seconds = (int) Math.min(Integer.MAX_VALUE, USUAL_SECONDS + size / BYTES_PER_SECOND);
        return QuarkusTransaction.requiringNew().timeout(seconds).call(() -> store.sha256(fileId, size));
    }
}
