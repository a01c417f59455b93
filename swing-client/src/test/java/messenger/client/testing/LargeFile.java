package messenger.client.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;

/**
 * A file large enough that its upload takes a while, for tests that look at an upload under way. Its first bytes
 * are unique, so the server never finds it holds the same file already and finishes the upload at once.
 */
public final class LargeFile {

    private static final int MEGABYTE = 1024 * 1024;

    private LargeFile() {
    }

    /** Writes {@code megabytes}, zeros after a unique start, to a new file {@code name} in {@code folder}. */
    public static Path write(Path folder, String name, int megabytes) throws IOException {
        Path file = Files.createDirectories(folder).resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] block = new byte[MEGABYTE];
            byte[] unique = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(unique, 0, block, 0, unique.length);
            for (int i = 0; i < megabytes; i++) {
                out.write(block);
                Arrays.fill(block, 0, unique.length, (byte) 0);
            }
        }
        return file;
    }
}
