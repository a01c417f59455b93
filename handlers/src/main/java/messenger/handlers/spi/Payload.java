package messenger.handlers.spi;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;

/**
 * The bytes after a reply's header: either held in memory, or a region of a file that the transport sends
 * straight from the disk (with {@code sendfile} where the connection allows it, so the bytes never pass through
 * the heap). The frame a client receives is the same either way.
 */
public sealed interface Payload permits Payload.Bytes, Payload.FileRegion {

    /** No payload. */
    Payload NONE = new Bytes(new byte[0]);

    static Payload of(byte[] bytes) {
        return bytes.length == 0 ? NONE : new Bytes(bytes);
    }

    /** How many bytes follow the header. */
    long length();

    /** Bytes in memory. */
    record Bytes(byte[] bytes) implements Payload {

        @Override
        public long length() {
            return bytes.length;
        }
    }

    /**
     * {@code length} bytes of {@code file} from {@code offset}. The handler opens the file before it replies, so
     * the bytes stay readable even if the file is deleted before they are sent (POSIX keeps an open file's bytes).
     * The reply then owns the open file: the transport closes it once the bytes are sent or the connection has
     * gone; whoever drops such a reply unsent calls {@link #close}.
     */
    record FileRegion(RandomAccessFile file, long offset, long length) implements Payload, Closeable {

        public FileRegion {
            if (offset < 0 || length < 1) {
                throw new IllegalArgumentException("a file region needs offset >= 0 and length >= 1");
            }
        }

        /** Closes the file; closing it again does nothing. */
        @Override
        public void close() {
            try {
                file.close();
            } catch (IOException ignored) {
                // read-only: nothing was lost
            }
        }
    }
}
