package messenger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where a transfer scenario keeps its files: the folder given (its {@code bench-} files deleted at the end), or
 * a temporary one deleted with them.
 */
final class ScratchFolder implements AutoCloseable {

    private final Path path;
    private final boolean temporary;

    private ScratchFolder(Path path, boolean temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    /** {@code dir}, created if missing, or a new temporary folder when it is null. */
    static ScratchFolder open(Path dir) throws IOException {
        return dir != null ? new ScratchFolder(Files.createDirectories(dir), false)
                : new ScratchFolder(Files.createTempDirectory("messenger-bench-files-"), true);
    }

    /** A new temporary folder in {@code parent}. */
    static ScratchFolder openTemporaryIn(Path parent) throws IOException {
        return new ScratchFolder(Files.createTempDirectory(parent, "messenger-bench-files-"), true);
    }

    /** A path in the folder that {@link #close()} deletes. */
    Path file(String name) {
        return path.resolve("bench-" + name);
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("bench-")).toList()) {
                Files.deleteIfExists(file);
            }
        }
        if (temporary) {
            Files.deleteIfExists(path);
        }
    }
}
