package messenger.server;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;
import messenger.server.database.EmbeddedDatabase;

/** Starts a real MariaDB (the embedded one the server uses by default) for the in-process test suite. */
public class EmbeddedDatabaseResource implements QuarkusTestResourceLifecycleManager {

    /** The running test database, for tests that simulate an outage. */
    static volatile EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        try {
            database = EmbeddedDatabase.start(Path.of("target", "test-data"));
        } catch (Exception e) {
            throw new IllegalStateException("could not start the test database", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", "root",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (database == null) {
            return;
        }
        try {
            database.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the test database", e);
        }
    }
}
