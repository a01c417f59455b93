package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import messenger.protocol.Message;
import messenger.protocol.client.MessengerClient;
import messenger.testkit.ServerProcess;
import messenger.testkit.SharedDatabase;
import org.junit.jupiter.api.Test;

/**
 * The packaged server configured the way the README tells an operator to: only environment variables, started
 * with {@code java -jar} in some folder. With nothing configured at all, see {@link ServerRestartIT}.
 */
class EnvironmentConfigurationIT {

    private static final String PASSWORD = "correct horse battery";

    @Test
    void aDatabaseGivenByUrlIsUsedAndNoEmbeddedOneIsStarted() throws Exception {
        Path workingDir = Path.of("target", "it-env-external-" + System.nanoTime()).toAbsolutePath();
        Path dataDir = workingDir.resolve("no-database-here");
        String jdbcUrl = SharedDatabase.datasourceSettings(workingDir).get("quarkus.datasource.jdbc.url");
        Message sent;
        try (ServerProcess server = ServerProcess.startConfiguredByEnvironment(workingDir, Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", "root",
                "QUARKUS_DATASOURCE_PASSWORD", "",
                "MESSENGER_DATA_DIR", dataDir.toString()))) {
            sent = registerAndSend(server, "external");
        }
        assertThat(storedText(jdbcUrl, sent.id())).isEqualTo("hello from external");
        // the data directory still holds this server's search index, but no database
        assertThat(dataDir.resolve("db")).doesNotExist();
        assertThat(workingDir.resolve("data")).doesNotExist();
    }

    private static Message registerAndSend(ServerProcess server, String prefix) {
        String login = prefix + "-" + System.nanoTime() % 1_000_000;
        try (MessengerClient client = server.connect()) {
            client.register(login, PASSWORD);
            client.login(login, PASSWORD, "it");
            return client.send("env-" + System.nanoTime(), "hello from " + prefix, null);
        }
    }

    private static String storedText(String jdbcUrl, long messageId) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "root", "");
                PreparedStatement query = connection.prepareStatement("select text from messages where id = ?")) {
            query.setLong(1, messageId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("message %d is in the database given by URL", messageId).isTrue();
                return row.getString(1);
            }
        }
    }
}
