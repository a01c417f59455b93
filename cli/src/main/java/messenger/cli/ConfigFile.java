package messenger.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * {@code config.properties} in the config folder. It holds a device token, a credential, so the folder and
 * the file are created for the owner only where the file system has POSIX permissions, and the file is
 * replaced atomically so a crash never leaves half of it. Changes ({@link #update}) take turns by a lock on
 * {@code config.lock} beside it, so that two runs at once do not lose one's token.
 */
final class ConfigFile {

    static final String NAME = "config.properties";
    static final String LOCK = "config.lock";
    /** A JVM holds a file lock for all its threads: a second one would throw, so they take turns here first. */
    private static final Object THREADS_OF_THIS_JVM = new Object();
    private static final String SERVER = "server";
    private static final String LOGIN = "login";
    private static final String TOKEN = "token";
    private static final String TLS = "tls";
    private static final String TLS_CERT = "tls-cert";

    private final Path directory;

    ConfigFile(Path directory) {
        this.directory = directory;
    }

    Path path() {
        return directory.resolve(NAME);
    }

    Config load() throws IOException {
        if (!Files.exists(path())) {
            return Config.EMPTY;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String certificate = properties.getProperty(TLS_CERT);
        TlsSetting tls = new TlsSetting(Boolean.parseBoolean(properties.getProperty(TLS)),
                certificate == null ? null : Path.of(certificate));
        return new Config(properties.getProperty(SERVER), properties.getProperty(LOGIN), properties.getProperty(TOKEN),
                tls.enabled() ? tls : TlsSetting.OFF);
    }

    /**
     * Loads the file, saves what {@code change} makes of it and returns what it held before, while no other run
     * (process or thread) changes it.
     */
    Config update(UnaryOperator<Config> change) throws IOException {
        createDirectory();
        synchronized (THREADS_OF_THIS_JVM) {
            try (FileChannel lockFile = FileChannel.open(directory.resolve(LOCK),
                    Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), ownerOnly("rw-------"));
                 FileLock lock = lockFile.lock()) {
                Config before = load();
                save(change.apply(before));
                return before;
            }
        }
    }

    void save(Config config) throws IOException {
        createDirectory();
        Properties properties = new Properties();
        putIfPresent(properties, SERVER, config.server());
        putIfPresent(properties, LOGIN, config.login());
        putIfPresent(properties, TOKEN, config.token());
        if (config.tls().enabled()) {
            properties.setProperty(TLS, "true");
            putIfPresent(properties, TLS_CERT, config.tls().certificate() == null ? null
                    : config.tls().certificate().toString());
        }
        Path temporary = Files.createTempFile(directory, NAME, ".tmp", ownerOnly("rw-------"));
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "messenger-cli sign-in: the token is a password, keep this file private");
            }
            Files.move(temporary, path(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void createDirectory() throws IOException {
        Files.createDirectories(directory, ownerOnly("rwx------"));
    }

    /** The permissions for a new file or folder, where the file system has POSIX permissions. */
    private FileAttribute<?>[] ownerOnly(String permissions) {
        if (!directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }

    private static void putIfPresent(Properties properties, String key, String value) {
        if (value != null) {
            properties.setProperty(key, value);
        }
    }
}
