package messenger.handlers.file;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import messenger.handlers.spi.Payload;

/**
 * Where the bytes of files live. The metadata, the offsets received and the checksums are always in the
 * {@code files} table; a store keeps only bytes, addressed by file id. Every call runs inside the transaction of
 * the request that makes it, with the file's row locked when it writes.
 */
public interface FileStore {

    /** The name kept in {@code files.store}. */
    String name();

    /**
     * Writes {@code bytes} at {@code offset}, dropping anything stored after it (left there by a chunk whose
     * transaction did not commit). Durable once the transaction commits.
     */
    void write(long fileId, long offset, byte[] bytes);

    /**
     * Writes {@code chunks} one after another from {@code offset}, as {@link #write} does one, made durable once
     * for all of them (one {@code force} of a file): the group commit of pipelined chunks.
     */
    default void writeAll(long fileId, long offset, List<byte[]> chunks) {
        long position = offset;
        for (byte[] chunk : chunks) {
            write(fileId, position, chunk);
            position += chunk.length;
        }
    }

    /** No more bytes will be written to this file (all of them have arrived): resources kept for writing go. */
    default void doneWriting(long fileId) {
    }

    /** The bytes {@code [offset, offset + length)}; the caller keeps the range inside the stored bytes. */
    byte[] read(long fileId, long offset, int length);

    /**
     * The bytes {@code [offset, offset + length)} as a reply's payload; the caller keeps the range inside the
     * stored bytes. A store that can hand the transport an open file instead of bytes in memory does so.
     */
    default Payload download(long fileId, long offset, int length) {
        return Payload.of(read(fileId, offset, length));
    }

    /**
     * The hex SHA-256 of the first {@code size} bytes, read back whole. Called outside any transaction, as that can
     * take minutes: a store that reads the database begins short ones of its own.
     */
    String sha256(long fileId, long size);

    /** Deletes some of a file's bytes, a bounded amount per call; false once nothing is left. */
    boolean deleteSome(long fileId);

    /** Deletes all of a file's bytes, a transaction per bounded part, so that no transaction grows with the file. */
    default void deleteAll(long fileId) {
        while (QuarkusTransaction.requiringNew().call(() -> deleteSome(fileId))) {
            // next part of the bytes
        }
    }

    /** Bytes that may still be written, when the store can tell (a file system); {@code Long.MAX_VALUE} otherwise. */
    long usableSpace();
}
