package messenger.handlers.file;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;
import java.util.Optional;

/**
 * The one lock under which stored bytes gain a sharer or are deleted: the row of the file that owns them. Whether
 * the bytes are still wanted (the owner or a sharer complete) is decided under it on both sides, so a proven upload
 * never comes to share bytes that are being deleted, and bytes are never deleted under a new sharer. The store is
 * read under it too, so a sharer takes the store the migration last switched the owner to.
 */
final class SharedBytes {

    private SharedBytes() {
    }

    /** Locks the owner's row; the store of its bytes while some complete file still uses them, else empty. */
    static Optional<String> lockForSharing(long ownerId) {
        Optional<String> store = lockStore(ownerId);
        return store.isPresent() && usedByACompleteFile(ownerId) ? store : Optional.empty();
    }

    /** Where a file's bytes are: its store, and the store it moved from while the old bytes are kept (or null). */
    record Stores(String store, String movedFrom) {
    }

    /**
     * Locks the owner's row; when its bytes may be deleted (no file but discarded ones uses them), the stores
     * they are in, read under the lock: a migration may have switched the file since it was listed.
     */
    static Optional<Stores> lockForDeletion(long ownerId) {
        return lock(ownerId).filter(stores -> FileEntity.count("bytesOf = ?1 and status <> ?2", ownerId,
                FileStatus.DISCARDED) == 0);
    }

    private static Optional<String> lockStore(long ownerId) {
        return lock(ownerId).map(Stores::store);
    }

    /** A scalar read, not the entity: a managed copy read before the lock would not be refreshed by it. */
    private static Optional<Stores> lock(long ownerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("select store, moved_from from files where id = ?1 for update", Object[].class)
                .setParameter(1, ownerId)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Stores((String) row[0], (String) row[1]));
    }

    private static boolean usedByACompleteFile(long ownerId) {
        return FileEntity.count("(id = ?1 or bytesOf = ?1) and status = ?2", ownerId, FileStatus.COMPLETE) > 0;
    }
}
