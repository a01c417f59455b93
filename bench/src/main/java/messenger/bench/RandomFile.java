package messenger.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/** Files of random bytes for the transfer scenarios. */
final class RandomFile {

    private static final int WRITE_BLOCK = 1 << 20;

    private RandomFile() {
    }

    static void write(Path file, long size) throws IOException {
        byte[] block = new byte[WRITE_BLOCK];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += block.length) {
                ThreadLocalRandom.current().nextBytes(block);
                out.write(block, 0, (int) Math.min(block.length, size - written));
            }
        }
    }

    /** MB here is 10^6 bytes, as in every transfer-rate figure of this tool. */
    static double megabytesPerSecond(long bytes, double seconds) {
        return bytes / 1e6 / seconds;
    }
}
