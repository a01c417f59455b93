package messenger.handlers.file;

import com.sun.nio.file.ExtendedOpenOption;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes of upload bytes to a file opened with {@code O_DIRECT}: the bytes go from an aligned buffer to the disk
 * without the kernel copying them into its page cache first, which on the measuring machine cost the storing
 * thread as much CPU as all the rest of an upload's storing, and left dirty pages for the kernel to write back
 * beside the database's commits (docs/benchmarks.md, "Uploads written past the page cache").
 *
 * <p>Direct I/O moves whole blocks at block-aligned offsets, so a write that starts inside a block first reads
 * that block back (the bytes before the offset are kept), and the last block is padded with zeros, which the
 * file's length then cuts off again. Buffers are {@link #BUFFER} bytes and pooled: a group of any size goes
 * through one of them a buffer at a time.
 *
 * <p>Threads: any; each write takes a buffer of its own.
 */
final class DirectWrites {

    /** Bytes per write call. */
    static final int BUFFER = 1 << 20;
    /** Buffers kept between writes: one per storing thread of the appender is enough. */
    private static final int POOLED = 4;

    private final int block;
    private final BlockingQueue<ByteBuffer> buffers = new ArrayBlockingQueue<>(POOLED);

    /** Open options of a file written through this. */
    static final Set<OpenOption> OPTIONS = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.READ, ExtendedOpenOption.DIRECT);

    /**
     * Direct writes for files in {@code directory}, if its file system takes them (most local ones do; some network
     * and FUSE file systems refuse {@code O_DIRECT}), found by creating a file there with it.
     */
    static Optional<DirectWrites> probe(Path directory) throws IOException {
        long block;
        try {
            block = Files.getFileStore(directory).getBlockSize();
        } catch (UnsupportedOperationException e) {
            return Optional.empty();
        }
        if (block <= 0 || Long.bitCount(block) != 1 || block > BUFFER) {
            return Optional.empty();
        }
        Path probe = Files.createTempFile(directory, "direct-io", ".probe");
        try {
            FileChannel.open(probe, OPTIONS).close();
            return Optional.of(new DirectWrites((int) block));
        } catch (IOException | UnsupportedOperationException refused) {
            return Optional.empty();
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /** {@code block}: a power of two up to {@link #BUFFER}. */
    private DirectWrites(int block) {
        this.block = block;
    }

    /**
     * Writes {@code chunks} one after another from {@code offset} and cuts the file off where they end; not
     * forced.
     */
    void write(FileChannel channel, long offset, List<byte[]> chunks) throws IOException {
        ByteBuffer buffer = take();
        try {
            long position = offset - offset % block;
            readHead(channel, position, (int) (offset - position), buffer);
            long end = offset;
            for (byte[] chunk : chunks) {
                end += chunk.length;
                int at = 0;
                while (at < chunk.length) {
                    int copied = Math.min(buffer.remaining(), chunk.length - at);
                    buffer.put(chunk, at, copied);
                    at += copied;
                    if (!buffer.hasRemaining()) {
                        position = flush(channel, buffer, position);
                    }
                }
            }
            if (buffer.position() > 0) {
                int padded = (buffer.position() + block - 1) / block * block;
                while (buffer.position() < padded) {
                    buffer.put((byte) 0);
                }
                flush(channel, buffer, position);
            }
            if (channel.size() > end) {
                channel.truncate(end);
            }
        } finally {
            give(buffer);
        }
    }

    /** Leaves the first {@code head} bytes of the block at {@code position} in the buffer, positioned after them. */
    private void readHead(FileChannel channel, long position, int head, ByteBuffer buffer) throws IOException {
        if (head == 0) {
            return;
        }
        buffer.limit(block);
        while (buffer.position() < head) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the file ends before offset " + (position + head));
            }
        }
        buffer.limit(buffer.capacity()).position(head);
    }

    private static long flush(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        buffer.flip();
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
        buffer.clear();
        return at;
    }

    private ByteBuffer take() {
        ByteBuffer pooled = buffers.poll();
        return pooled != null ? pooled : ByteBuffer.allocateDirect(BUFFER + block).alignedSlice(block);
    }

    private void give(ByteBuffer buffer) {
        buffer.clear();
        buffers.offer(buffer);
    }
}
