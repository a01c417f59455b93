package messenger.client.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the client keeps an account's data on this computer: {@code <data>/messenger/<server>/<login>}, where
 * {@code <data>} is {@code $XDG_DATA_HOME} (or {@code ~/.local/share}) on Linux, {@code %APPDATA%} on Windows and
 * {@code ~/Library/Application Support} on macOS, or the folder the system property {@value #PROPERTY} names (then
 * without the {@code messenger} level).
 */
public final class DataFolder {

    public static final String PROPERTY = "messenger.client.data-dir";

    private DataFolder() {
    }

    /** The folder of {@code login} on {@code server} ({@code host:port}); logins count alike in any case. */
    public static Path of(String server, String login) {
        return root().resolve(safe(server)).resolve(safe(login.toLowerCase(Locale.ROOT)));
    }

    /**
     * The folder of {@code login} on {@code server}, after moving there the one the account had under an earlier
     * address naming one of the same servers (a server added to a list, or the list reordered), so that its cache,
     * unsent messages and kept sign-in follow it. Moves nothing when the folder exists or no earlier one matches.
     * {@code servers}: each server {@code server} names, as {@code host:port}.
     */
    public static Path adopting(String server, List<String> servers, String login) throws IOException {
        Path folder = of(server, login);
        if (Files.exists(folder)) {
            return folder;
        }
        Optional<Path> earlier = earlierFolder(servers, folder.getFileName().toString());
        if (earlier.isPresent()) {
            Files.createDirectories(folder.getParent());
            Files.move(earlier.get(), folder);
        }
        return folder;
    }

    private static Optional<Path> earlierFolder(List<String> servers, String login) throws IOException {
        Path root = root();
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        List<String> names = servers.stream().map(DataFolder::safe).toList();
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(folder -> namesOneOf(folder.getFileName().toString(), names))
                    .map(folder -> folder.resolve(login))
                    .filter(Files::isDirectory)
                    .max(Comparator.comparing(DataFolder::lastModified));
        }
    }

    /**
     * Whether a folder's name, made by {@link #safe} of an address, names one of these servers: an address list's
     * {@code host:port,host:port} becomes {@code host_port_host_port}, and host names have no {@code _}.
     */
    private static boolean namesOneOf(String folderName, List<String> servers) {
        String padded = "_" + folderName + "_";
        return servers.stream().anyMatch(server -> padded.contains("_" + server + "_"));
    }

    private static FileTime lastModified(Path folder) {
        try {
            return Files.getLastModifiedTime(folder);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static Path root() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("messenger");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("messenger");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share"))
                .resolve("messenger");
    }

    /** A name every file system takes: {@code [::1]:7777} becomes {@code _1_7777}, never {@code ..}. */
    private static String safe(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "_");
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? "_" + safe : safe;
    }
}
