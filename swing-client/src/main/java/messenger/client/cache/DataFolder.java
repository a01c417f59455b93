package messenger.client.cache;

import java.nio.file.Path;
import java.util.Locale;

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
        return within(root(), server, login);
    }

    /** The account's folder under {@code root}, named as in the data folder. */
    public static Path within(Path root, String server, String login) {
        return root.resolve(safe(server)).resolve(safe(login.toLowerCase(Locale.ROOT)));
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
