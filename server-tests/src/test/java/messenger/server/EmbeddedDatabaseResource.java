package messenger.server;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;
import messenger.server.database.EmbeddedDatabase;

/** Starts a real MariaDB (the embedded one the server uses by default) for the in-process test suite. */
public class EmbeddedDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private static final Path DATA_DIR = Path.of("target", "test-data");

    /** The running test database, for tests that simulate an outage. */
    static volatile EmbeddedDatabase database;

    static Path dataDir() {
        return DATA_DIR;
    }

    @Override
    public Map<String, String> start() {
        try {
            database = EmbeddedDatabase.start(DATA_DIR);
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
