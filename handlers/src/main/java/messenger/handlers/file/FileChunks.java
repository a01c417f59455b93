package messenger.handlers.file;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.util.List;
import messenger.protocol.Sha256;

/**
 * Reads and deletes the chunks of a file with projection queries, so no chunk stays in the persistence
 * context: memory is bounded by one read, whatever the file size.
 */
public final class FileChunks {

    private FileChunks() {
    }

    public static String sha256(long fileId, long size) {
        MessageDigest digest = Sha256.newDigest();
        long next = 0;
        while (next < size) {
            byte[] data = em().createQuery(
                            "select c.data from FileChunkEntity c where c.fileId = :file and c.offset = :offset", byte[].class)
                    .setParameter("file", fileId)
                    .setParameter("offset", next)
                    .getSingleResult();
            digest.update(data);
            next += data.length;
        }
        return Sha256.hex(digest);
    }

    /** The bytes {@code [start, start + length)} of a complete file; the caller keeps the range inside the file. */
    public static byte[] read(long fileId, long start, int length) {
        byte[] out = new byte[length];
        if (length == 0) {
            return out;
        }
        Long first = em().createQuery(
                        "select max(c.offset) from FileChunkEntity c where c.fileId = :file and c.offset <= :start", Long.class)
                .setParameter("file", fileId)
                .setParameter("start", start)
                .getSingleResult();
        List<Object[]> chunks = em().createQuery(
                        "select c.offset, c.data from FileChunkEntity c"
                                + " where c.fileId = :file and c.offset >= :first and c.offset < :end order by c.offset",
                        Object[].class)
                .setParameter("file", fileId)
                .setParameter("first", first)
                .setParameter("end", start + length)
                .getResultList();
        for (Object[] chunk : chunks) {
            long chunkOffset = (Long) chunk[0];
            byte[] data = (byte[]) chunk[1];
            long from = Math.max(start, chunkOffset);
            long to = Math.min(start + length, chunkOffset + data.length);
            System.arraycopy(data, (int) (from - chunkOffset), out, (int) (from - start), (int) (to - from));
        }
        return out;
    }

    public static void deleteAll(long fileId) {
        FileChunkEntity.delete("fileId", fileId);
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
