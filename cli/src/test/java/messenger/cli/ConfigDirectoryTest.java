package messenger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDirectoryTest {

    private static final Path HOME = Path.of("/home/alice");

    @Test
    void theFlagWinsOverEverything() {
        Path chosen = ConfigDirectory.resolve(Path.of("/tmp/cfg"),
                Map.of(ConfigDirectory.VARIABLE, "/elsewhere", "XDG_CONFIG_HOME", "/xdg"), false, HOME);

        assertThat(chosen).isEqualTo(Path.of("/tmp/cfg"));
    }

    @Test
    void theVariableWinsOverTheXdgFolder() {
        Path chosen = ConfigDirectory.resolve(null,
                Map.of(ConfigDirectory.VARIABLE, "/elsewhere", "XDG_CONFIG_HOME", "/xdg"), false, HOME);

        assertThat(chosen).isEqualTo(Path.of("/elsewhere"));
    }

    @Test
    void xdgConfigHomeIsUsedWhenAbsolute() {
        assertThat(ConfigDirectory.resolve(null, Map.of("XDG_CONFIG_HOME", "/xdg"), false, HOME))
                .isEqualTo(Path.of("/xdg/messenger"));
        assertThat(ConfigDirectory.resolve(null, Map.of("XDG_CONFIG_HOME", "relative"), false, HOME))
                .isEqualTo(Path.of("/home/alice/.config/messenger"));
    }

    @Test
    void withoutSettingsItIsDotConfigInTheHomeFolder() {
        assertThat(ConfigDirectory.resolve(null, Map.of(), false, HOME))
                .isEqualTo(Path.of("/home/alice/.config/messenger"));
    }

    @Test
    void onWindowsItIsAppData() {
        Path appData = Path.of("/users/alice/AppData/Roaming").toAbsolutePath();

        Map<String, String> variables = Map.of("APPDATA", appData.toString(), "XDG_CONFIG_HOME", "/xdg");

        assertThat(ConfigDirectory.resolve(null, variables, true, HOME)).isEqualTo(appData.resolve("messenger"));
    }
}
