package messenger.client.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A folder of an account's, readable by this operating-system user alone where the file system has POSIX
 * permissions: it holds the user's conversations in clear (SQLite puts its journal beside the cache), may hold the
 * device token, or copies of the pictures shared with the account.
 */
public final class PrivateFolder {

    private PrivateFolder() {
    }

    public static void create(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Makes a file in such a folder readable and writable by this user alone. */
    public static void restrict(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
