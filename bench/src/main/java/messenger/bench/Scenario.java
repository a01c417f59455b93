package messenger.bench;

import java.util.Map;

/**
 * One benchmark: a subcommand of {@link BenchCommand} whose options picocli fills in. Its options are checked
 * before any server starts, then it runs against a target.
 */
interface Scenario {

    /** Throws {@link IllegalArgumentException} saying which options are out of range. */
    void checkOptions();

    /** The settings in effect, defaults included. */
    Report settings();

    /**
     * Settings of a server the bench starts for this scenario, as {@code -Dkey=value}; {@code --server-opt}
     * overrides them. None by default.
     */
    default Map<String, String> serverSettings() {
        return Map.of();
    }

    /** True for a scenario that starts the servers it measures itself; it then runs without a target (null). */
    default boolean startsItsOwnServers() {
        return false;
    }

    Report run(BenchTarget target) throws Exception;
}
