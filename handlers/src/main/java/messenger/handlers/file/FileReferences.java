package messenger.handlers.file;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * What becomes of a file when the last message that posted it is deleted: it is discarded, so nobody reads or
 * posts it again and {@link UploadExpiry} deletes its bytes, unless other uploads of the same bytes still
 * share them (see {@link FileEntity#bytesOf}).
 */
public final class FileReferences {

    private FileReferences() {
    }

    /** Discards the file when no message refers to it any more; the caller has flushed its own changes. */
    public static void releaseIfUnposted(long fileId) {
        Long posts = Panache.getEntityManager()
                .createQuery("select count(m) from MessageEntity m where m.file.id = ?1", Long.class)
                .setParameter(1, fileId).getSingleResult();
        if (posts == 0) {
            FileEntity.update("status = ?1 where id = ?2 and status = ?3", FileStatus.DISCARDED, fileId,
                    FileStatus.COMPLETE);
        }
    }
}
