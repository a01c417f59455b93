package messenger.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * The folder of the config file: {@code --config-dir}, else {@code $MESSENGER_CONFIG_DIR}, else
 * {@code %APPDATA%\messenger} on Windows or {@code $XDG_CONFIG_HOME/messenger} elsewhere, else
 * {@code ~/.config/messenger}.
 */
final class ConfigDirectory {

    static final String VARIABLE = "MESSENGER_CONFIG_DIR";
    private static final String FOLDER = "messenger";

    private ConfigDirectory() {
    }

    static Path of(Environment environment, Path flag) {
        return resolve(flag, environment.variables(), System.getProperty("os.name").startsWith("Windows"),
                Path.of(System.getProperty("user.home")));
    }

    static Path resolve(Path flag, Map<String, String> variables, boolean windows, Path home) {
        if (flag != null) {
            return flag;
        }
        String configured = nonBlank(variables.get(VARIABLE));
        if (configured != null) {
            return Path.of(configured);
        }
        String base = nonBlank(variables.get(windows ? "APPDATA" : "XDG_CONFIG_HOME"));
        // The XDG base directory specification says to ignore a relative XDG_CONFIG_HOME.
        if (base != null && Path.of(base).isAbsolute()) {
            return Path.of(base, FOLDER);
        }
        return home.resolve(".config").resolve(FOLDER);
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
