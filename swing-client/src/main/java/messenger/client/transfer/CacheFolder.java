package messenger.client.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import messenger.client.cache.DataFolder;
import messenger.protocol.FileInfo;
import messenger.protocol.SafeFileName;

/**
 * Where the client keeps an account's copies it can fetch again at any time (the images behind previews): a folder
 * per server and login under the platform's cache folder, or the one the system property {@value #PROPERTY}
 * names. It never grows past a bound: the oldest files go first.
 */
public final class CacheFolder {

    public static final String PROPERTY = "messenger.client.cache-dir";

    private final Path folder;
    private final long maxBytes;

    public CacheFolder(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    /** The previews folder of {@code login} on {@code server} ({@code host:port}) under the cache folder. */
    public static CacheFolder forPreviews(String server, String login, long maxBytes) {
        String configured = System.getProperty(PROPERTY);
        Path root = configured != null ? Path.of(configured) : platformCache();
        return new CacheFolder(DataFolder.within(root.resolve("previews"), server, login), maxBytes);
    }

    /** Where this file's copy is kept; the id keeps files of the same name apart. */
    public Path pathFor(FileInfo file) {
        return folder.resolve(file.id() + "-" + SafeFileName.of(file.name(), file.id()));
    }

    public Path folder() {
        return folder;
    }

    /** Deletes the least recently written files until the folder holds at most its bound. */
    public void trim() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> oldestFirst;
        try (Stream<Path> files = Files.list(folder)) {
            oldestFirst = files.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(CacheFolder::modified)).toList();
        }
        long total = 0;
        for (Path file : oldestFirst) {
            total += Files.size(file);
        }
        for (Path file : oldestFirst) {
            if (total <= maxBytes) {
                return;
            }
            long size = Files.size(file);
            Files.deleteIfExists(file);
            total -= size;
        }
    }

    /** Deletes the folder with every copy in it. */
    public void delete() throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    private static Path platformCache() {
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local"))
                    .resolve("messenger").resolve("cache");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("messenger");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache")).resolve("messenger");
    }
}
