package messenger.handlers.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Bytes in {@code file_chunks} rows, one per chunk: one backup of the database holds everything, at the price
 * of every byte passing the database's redo log and a commit per chunk.
 */
final class DatabaseFileStore implements FileStore {

    static final String NAME = "database";
    private static final int CHUNKS_PER_DELETE = 32;

    /** Where the database keeps its files, when known (the embedded one); else the room is not known here. */
    private final Optional<Path> databaseDirectory;

    DatabaseFileStore(Optional<Path> databaseDirectory) {
        this.databaseDirectory = databaseDirectory;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(long fileId, long offset, byte[] bytes) {
        FileChunks.insert(fileId, offset, bytes);
    }

    @Override
    public byte[] read(long fileId, long offset, int length) {
        return FileChunks.read(fileId, offset, length);
    }

    @Override
    public String sha256(long fileId, long size) {
        return FileChunks.sha256(fileId, size);
    }

    @Override
    public boolean deleteSome(long fileId) {
        return FileChunks.deleteSome(fileId, CHUNKS_PER_DELETE) > 0;
    }

    @Override
    public long usableSpace() {
        if (databaseDirectory.isEmpty()) {
            return Long.MAX_VALUE;
        }
        try {
            return Files.getFileStore(databaseDirectory.get()).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the free space of " + databaseDirectory.get() + " failed", e);
        }
    }
}
