package messenger.handlers.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import messenger.handlers.spi.Payload;
import messenger.handlers.spi.RequestException;
import messenger.protocol.ErrorCode;
import messenger.protocol.Sha256;
import org.jboss.logging.Logger;

/**
 * Bytes in one file per upload under a directory the server owns ({@code 3f/1234} for file 1234: 256
 * sub-directories keep each one small). A chunk is written at its offset and forced to the disk before its
 * transaction commits, so an acknowledged chunk survives a crash; bytes past the committed offset (a chunk whose
 * commit never happened) are cut off by the next write. Where the file system takes it, the bytes are written
 * past the page cache ({@link DirectWrites}). The file of an upload in progress stays open between its
 * chunks ({@link OpenFiles}). Works for several servers when the directory is shared.
 */
final class FilesystemFileStore implements FileStore {

    static final String NAME = "filesystem";
    private static final int READ_BUFFER = 1 << 20;
    /** Only the server's user reads what users uploaded, where the file system has POSIX permissions. */
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final FileAttribute<?>[] PRIVATE_DIRECTORY = POSIX
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
            : new FileAttribute<?>[0];
    private static final FileAttribute<?>[] PRIVATE_FILE = POSIX
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
            : new FileAttribute<?>[0];

    private static final Set<OpenOption> THROUGH_PAGE_CACHE = Set.of(StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
    private static final Logger LOG = Logger.getLogger(FilesystemFileStore.class);

    private final Path root;
    private final OpenFiles openFiles = new OpenFiles(this::openForWriting);
    /** Null until the first file is opened for writing. */
    private Optional<DirectWrites> directWrites;

    FilesystemFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(long fileId, long offset, byte[] bytes) {
        writeAll(fileId, offset, List.of(bytes));
    }

    @Override
    public void writeAll(long fileId, long offset, List<byte[]> chunks) {
        try {
            openFiles.with(fileId, channel -> {
                Optional<DirectWrites> direct = directWrites();
                if (direct.isPresent()) {
                    direct.get().write(channel, offset, chunks);
                } else {
                    writeThroughPageCache(channel, offset, chunks);
                }
                channel.force(false);
                return null;
            });
        } catch (IOException e) {
            openFiles.close(fileId);
            throw failed("storing bytes of file " + fileId, e);
        }
    }

    private static void writeThroughPageCache(FileChannel channel, long offset, List<byte[]> chunks)
            throws IOException {
        if (channel.size() > offset) {
            channel.truncate(offset);
        }
        long position = offset;
        for (byte[] chunk : chunks) {
            ByteBuffer buffer = ByteBuffer.wrap(chunk);
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
        }
    }

    /** Direct writes where the directory's file system takes them, decided on the first file opened. */
    private synchronized Optional<DirectWrites> directWrites() throws IOException {
        if (directWrites == null) {
            createDirectory(root);
            directWrites = DirectWrites.probe(root);
            if (directWrites.isEmpty()) {
                LOG.infof("the file system of %s does not take direct I/O: uploads go through the page cache", root);
            }
        }
        return directWrites;
    }

    @Override
    public void doneWriting(long fileId) {
        openFiles.close(fileId);
    }

    /** Opens a file for writing; a new one is durable in its directory before its first byte is acknowledged. */
    private FileChannel openForWriting(long fileId) throws IOException {
        Path file = pathOf(fileId);
        boolean created = !Files.exists(file);
        if (created) {
            createDirectory(file.getParent());
        }
        FileChannel channel = FileChannel.open(file,
                directWrites().isPresent() ? DirectWrites.OPTIONS : THROUGH_PAGE_CACHE, PRIVATE_FILE);
        if (created) {
            try {
                forceDirectory(file.getParent());
            } catch (IOException e) {
                channel.close();
                throw e;
            }
        }
        return channel;
    }

    @Override
    public byte[] read(long fileId, long offset, int length) {
        byte[] bytes = new byte[length];
        if (length == 0) {
            return bytes;
        }
        try (FileChannel channel = FileChannel.open(pathOf(fileId), StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    throw new IOException("file " + fileId + " ends before " + (offset + length) + " bytes");
                }
            }
            return bytes;
        } catch (IOException e) {
            throw failed("reading file " + fileId, e);
        }
    }

    /**
     * The range as an open file, not bytes: the transport sends it from the disk without copying it through the
     * heap. Opened here, before the reply, so that a file deleted meanwhile (its last message deleted, the
     * upload expired) is still read to the end of the range.
     */
    @Override
    public Payload download(long fileId, long offset, int length) {
        if (length == 0) {
            return Payload.NONE;
        }
        RandomAccessFile file = null;
        try {
            file = new RandomAccessFile(pathOf(fileId).toFile(), "r");
            if (file.length() < offset + length) {
                throw new IOException("file " + fileId + " ends before " + (offset + length) + " bytes");
            }
            return new Payload.FileRegion(file, offset, length);
        } catch (IOException e) {
            closeQuietly(file);
            throw failed("reading file " + fileId, e);
        }
    }

    private static void closeQuietly(RandomAccessFile file) {
        if (file != null) {
            try {
                file.close();
            } catch (IOException ignored) {
                // only read from
            }
        }
    }

    @Override
    public String sha256(long fileId, long size) {
        MessageDigest digest = Sha256.newDigest();
        if (size == 0) {
            return Sha256.hex(digest);
        }
        try (InputStream in = Channels.newInputStream(FileChannel.open(pathOf(fileId), StandardOpenOption.READ))) {
            byte[] buffer = new byte[READ_BUFFER];
            long left = size;
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    break;
                }
                digest.update(buffer, 0, read);
                left -= read;
            }
            return Sha256.hex(digest);
        } catch (IOException e) {
            throw failed("hashing file " + fileId, e);
        }
    }

    @Override
    public boolean deleteSome(long fileId) {
        openFiles.close(fileId);
        try {
            Files.deleteIfExists(pathOf(fileId));
            return false;
        } catch (IOException e) {
            throw failed("deleting file " + fileId, e);
        }
    }

    @Override
    public long usableSpace() {
        try {
            Files.createDirectories(root, PRIVATE_DIRECTORY);
            return Files.getFileStore(root).getUsableSpace();
        } catch (IOException e) {
            throw failed("reading the free space of " + root, e);
        }
    }

    Path pathOf(long fileId) {
        return root.resolve(String.format("%02x", fileId & 0xff)).resolve(Long.toString(fileId));
    }

    private void createDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, PRIVATE_DIRECTORY);
            forceDirectory(root);
        }
    }

    /** A new entry in a directory is durable only once the directory itself is forced (Linux, macOS). */
    private static void forceDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e;
            }
            // Windows cannot open a directory as a channel; NTFS journals the entry itself
        }
    }

    /**
     * A full disk, or the server's user over its disk quota, is the operator's to fix and worth saying plainly;
     * anything else is a fault of the server. Java gives the system's words (ENOSPC, EDQUOT), nothing else.
     */
    static RuntimeException failed(String what, IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("No space left") || message.contains("Disk quota exceeded")) {
            return new RequestException(ErrorCode.UNAVAILABLE, "the server's disk is full; try again later");
        }
        return new UncheckedIOException(what + " failed", e);
    }
}
