package messenger.client.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

/**
 * The device token of an account that stays signed in on this computer: the file {@value #FILE} in the account's
 * private folder, readable and writable by this operating-system user alone where the file system has POSIX
 * permissions, holding the login as registered and the token. Whoever can read it can act as this device until the
 * token is revoked (signing out does). Blocks: runs off the event thread.
 */
public record KeptToken(String login, String token) {

    static final String FILE = "device-token";

    /** The token kept in {@code folder}; empty when none is (or the file is not one this client wrote). */
    public static Optional<KeptToken> in(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() != 2 || lines.get(0).isBlank() || lines.get(1).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new KeptToken(lines.get(0), lines.get(1)));
    }

    /** Whether {@code folder} holds a kept token; only looks at the file's existence, so it is cheap. */
    public static boolean isIn(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE));
    }

    /** Writes this token into {@code folder}, replacing the one kept there: never readable by others, not even briefly. */
    public void keepIn(Path folder) throws IOException {
        PrivateFolder.create(folder);
        Path file = folder.resolve(FILE);
        Path fresh = folder.resolve(FILE + ".new");
        Files.deleteIfExists(fresh);
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            Files.createFile(fresh, ownerOnly);
        } else {
            Files.createFile(fresh);
        }
        Files.writeString(fresh, login + "\n" + token + "\n", StandardCharsets.UTF_8);
        Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the token kept in {@code folder}, if any. */
    public static void forgetIn(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(FILE));
    }

    @Override
    public String toString() {
        return "KeptToken[" + login + "]";
    }
}
