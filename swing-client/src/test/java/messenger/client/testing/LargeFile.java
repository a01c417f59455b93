package messenger.client.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file of zeros large enough that its upload takes a while, for tests that look at an upload under way. */
public final class LargeFile {

    private static final int MEGABYTE = 1024 * 1024;

    private LargeFile() {
    }

    /** Writes {@code megabytes} of zeros to a new file {@code name} in {@code folder} and returns it. */
    public static Path write(Path folder, String name, int megabytes) throws IOException {
        Path file = Files.createDirectories(folder).resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] block = new byte[MEGABYTE];
            for (int i = 0; i < megabytes; i++) {
                out.write(block);
            }
        }
        return file;
    }
}
