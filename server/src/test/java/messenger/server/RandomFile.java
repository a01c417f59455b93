package messenger.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Files of random bytes to upload. */
final class RandomFile {

    private RandomFile() {
    }

    /** Writes {@code size} random bytes (the same for the same size) to {@code name} in {@code dir}, made if missing. */
    static Path create(Path dir, String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(Files.createDirectories(dir).resolve(name), bytes);
    }
}
