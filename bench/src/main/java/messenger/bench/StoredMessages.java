package messenger.bench;

import picocli.CommandLine.Option;

/** The options of a scenario that needs M messages stored, and loads those missing over several connections. */
final class StoredMessages {

    @Option(names = "--messages", paramLabel = "M", defaultValue = "1000000",
            description = "messages stored (default: ${DEFAULT-VALUE})")
    long messages;

    @Option(names = "--users", paramLabel = "U", defaultValue = "10",
            description = "users the connections are spread over (default: ${DEFAULT-VALUE})")
    int users;

    @Option(names = "--load-connections", paramLabel = "N", defaultValue = "64",
            description = "connections used for loading (default: ${DEFAULT-VALUE})")
    int loadConnections;

    @Option(names = "--load-window", paramLabel = "N", defaultValue = "16",
            description = "sends in flight on each loading connection (default: ${DEFAULT-VALUE})")
    int loadWindow;

    boolean valid() {
        return messages >= 1 && users >= 1 && loadConnections >= 1 && loadWindow >= 1;
    }

    Report settings() {
        return new Report().put("messages", messages).put("users", users).put("loadConnections", loadConnections)
                .put("loadWindow", loadWindow);
    }
}
