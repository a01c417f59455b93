package messenger.handlers.file;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.util.List;
import messenger.protocol.Sha256;
import org.hibernate.Session;

/**
 * Reads and deletes the chunks of a file with projection queries and bulk deletes, so no chunk stays in the
 * persistence context: memory is bounded by one read, whatever the file size.
 */
public final class FileChunks {

    private FileChunks() {
    }

    /**
     * Stores one chunk. The bytes reach the driver as a stream, which the MySQL driver sends ahead of the
     * statement as long data; bound as a byte array they travel inside the statement, and MariaDB then spends
     * four to five times the CPU on each chunk (a plain JDBC loop here: 75 against 195 MiB/s, docs/benchmarks.md).
     */
    public static void insert(long fileId, long offset, byte[] data) {
        em().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into file_chunks (file_id, chunk_offset, data) values (?, ?, ?)")) {
                insert.setLong(1, fileId);
                insert.setLong(2, offset);
                insert.setBinaryStream(3, new ByteArrayInputStream(data), data.length);
                insert.executeUpdate();
            }
        });
    }

    /** Reads the chunks back one transaction each: a whole file may take longer than one transaction may last. */
    public static String sha256(long fileId, long size) {
        MessageDigest digest = Sha256.newDigest();
        long next = 0;
        while (next < size) {
            long offset = next;
            byte[] data = QuarkusTransaction.requiringNew().call(() -> em().createQuery(
                            "select c.data from FileChunkEntity c where c.fileId = :file and c.offset = :offset", byte[].class)
                    .setParameter("file", fileId)
                    .setParameter("offset", offset)
                    .getSingleResult());
            digest.update(data);
            next += data.length;
        }
        return Sha256.hex(digest);
    }

    /**
     * The most chunk rows one query of a read holds: the driver keeps a query's rows in memory, and a file uploaded
     * in tiny chunks would otherwise bring a million rows for a read of a mebibyte.
     */
    static final int ROWS_PER_QUERY = 1024;

    /**
     * The bytes {@code [start, start + length)} of a complete file; the caller keeps the range inside the file.
     * Each query brings the chunk that holds the first byte still missing (the last one starting at or before it)
     * and those after it up to the end of the range, at most {@link #ROWS_PER_QUERY} of them. A read that covers
     * exactly one chunk, as the client library's do, is that chunk's array, not a copy.
     */
    public static byte[] read(long fileId, long start, int length) {
        if (length == 0) {
            return new byte[0];
        }
        long end = start + length;
        List<Object[]> chunks = chunksHolding(fileId, start, end);
        if (chunks.size() == 1 && (Long) chunks.get(0)[0] == start && ((byte[]) chunks.get(0)[1]).length == length) {
            return (byte[]) chunks.get(0)[1];
        }
        byte[] out = new byte[length];
        long covered = start;
        while (true) {
            long before = covered;
            for (Object[] chunk : chunks) {
                long chunkOffset = (Long) chunk[0];
                byte[] data = (byte[]) chunk[1];
                long from = Math.max(covered, chunkOffset);
                long to = Math.min(end, chunkOffset + data.length);
                if (chunkOffset > covered || to < from) {
                    break;
                }
                System.arraycopy(data, (int) (from - chunkOffset), out, (int) (from - start), (int) (to - from));
                covered = Math.max(covered, to);
            }
            if (covered == end || covered == before || chunks.size() < ROWS_PER_QUERY) {
                break;
            }
            chunks = chunksHolding(fileId, covered, end);
        }
        if (covered < end) {
            // never zeros in place of bytes: a file whose chunks are gone (deleted under the read) is not served
            throw new IllegalStateException("file " + fileId + " has no bytes at " + covered);
        }
        return out;
    }

    private static List<Object[]> chunksHolding(long fileId, long start, long end) {
        return em().createQuery(
                        "select c.offset, c.data from FileChunkEntity c where c.fileId = :file and c.offset < :end"
                                + " and c.offset >= (select max(first.offset) from FileChunkEntity first"
                                + " where first.fileId = :file and first.offset <= :start) order by c.offset",
                        Object[].class)
                .setParameter("file", fileId)
                .setParameter("start", start)
                .setParameter("end", end)
                .setMaxResults(ROWS_PER_QUERY)
                .getResultList();
    }

    /** Deletes up to {@code count} chunks of a file; returns how many it deleted (0: none left). */
    public static int deleteSome(long fileId, int count) {
        return em().createNativeQuery("delete from file_chunks where file_id = ?1 order by chunk_offset limit ?2")
                .setParameter(1, fileId)
                .setParameter(2, count)
                .executeUpdate();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
