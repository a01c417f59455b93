package messenger.client.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An account's folder, readable by this operating-system user alone where the file system has POSIX permissions:
 * it holds the user's conversations in clear (SQLite puts its journal beside the cache) and may hold the device
 * token.
 */
final class PrivateFolder {

    private PrivateFolder() {
    }

    static void create(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
