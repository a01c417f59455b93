package messenger.server;

import ch.vorburger.exec.ManagedProcessException;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import java.nio.file.Path;
import messenger.server.database.DataDirectoryInUseException;
import messenger.server.database.EmbeddedDatabase;
import messenger.server.database.UnsafeDataDirectoryException;

/**
 * Starts the server. Without a configured datasource URL it first starts an embedded MariaDB whose files
 * live in the data directory, so a bare machine needs nothing but Java.
 */
@QuarkusMain
public class Main {

    static final String JDBC_URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String JDBC_URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    static final String DATA_DIR_PROPERTY = "messenger.data-dir";
    static final String DATA_DIR_ENV = "MESSENGER_DATA_DIR";
    private static final String JSON_LOG_PROPERTY = "quarkus.log.console.json.enabled";
    private static final String JSON_LOG_ENV = "QUARKUS_LOG_CONSOLE_JSON_ENABLED";

    public static void main(String... args) throws Exception {
        if (setting(JDBC_URL_PROPERTY, JDBC_URL_ENV) != null) {
            Quarkus.run(args);
            return;
        }
        if (!Boolean.parseBoolean(setting(JSON_LOG_PROPERTY, JSON_LOG_ENV))) {
            StartupLog.showAtOnce();
        }
        String dataDir = setting(DATA_DIR_PROPERTY, DATA_DIR_ENV);
        EmbeddedDatabase database;
        try {
            database = EmbeddedDatabase.start(Path.of(dataDir == null ? "data" : dataDir));
        } catch (UnsafeDataDirectoryException | DataDirectoryInUseException e) {
            notStarting(DATA_DIR_PROPERTY + " (" + DATA_DIR_ENV + "): " + e.getMessage());
            return;
        } catch (ManagedProcessException | IOException e) {
            notStarting("the embedded database did not start: " + e.getMessage());
            return;
        }
        try (database) {
            database.configureDatasource();
            Quarkus.run(args);
        }
    }

    /** Ends the process before anything runs, saying why: nothing is started that could keep it alive. */
    private static void notStarting(String reason) {
        System.err.println("messenger: not starting: " + reason);
        System.exit(1);
    }

    private static String setting(String property, String environmentVariable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
