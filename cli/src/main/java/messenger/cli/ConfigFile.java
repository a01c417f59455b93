package messenger.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * {@code config.properties} in the config folder. It holds a device token, a credential, so the folder and
 * the file are created for the owner only where the file system has POSIX permissions, and the file is
 * replaced atomically so a crash never leaves half of it.
 */
final class ConfigFile {

    static final String NAME = "config.properties";
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

    void save(Config config) throws IOException {
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        Files.createDirectories(directory, posix ? ownerOnly("rwx------") : new FileAttribute<?>[0]);
        Properties properties = new Properties();
        putIfPresent(properties, SERVER, config.server());
        putIfPresent(properties, LOGIN, config.login());
        putIfPresent(properties, TOKEN, config.token());
        if (config.tls().enabled()) {
            properties.setProperty(TLS, "true");
            putIfPresent(properties, TLS_CERT, config.tls().certificate() == null ? null
                    : config.tls().certificate().toString());
        }
        Path temporary = Files.createTempFile(directory, NAME, ".tmp",
                posix ? ownerOnly("rw-------") : new FileAttribute<?>[0]);
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "messenger-cli sign-in: the token is a password, keep this file private");
            }
            Files.move(temporary, path(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }

    private static void putIfPresent(Properties properties, String key, String value) {
        if (value != null) {
            properties.setProperty(key, value);
        }
    }
}
