package messenger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.PushListener;
import messenger.testkit.ServerProcess;

/**
 * The server under test: by default a packaged server started for this run in a fresh data directory (so its
 * pid is known and its memory can be read), or a running one given by {@code --host/--port} (and {@code --pid}
 * for memory figures when it runs on this machine).
 */
final class BenchTarget implements AutoCloseable {

    private static final Path REPO_SERVER_JAR = Path.of("server", "target", "quarkus-app", "quarkus-run.jar");
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(120);

    private final String host;
    private final int port;
    private final ServerProcess ownServer;
    private final Path dataDirToDelete;
    private final ServerProbe probe;
    private final Path jfrFile;
    private final Report description;

    private BenchTarget(String host, int port, ServerProcess ownServer, Path dataDirToDelete, ServerProbe probe,
                        Path jfrFile, Report description) {
        this.host = host;
        this.port = port;
        this.ownServer = ownServer;
        this.dataDirToDelete = dataDirToDelete;
        this.probe = probe;
        this.jfrFile = jfrFile;
        this.description = description;
    }

    /** The server's abuse limits would throttle the load itself; a started server runs without them. */
    static final Map<String, String> UNTHROTTLED = Map.of(
            "messenger.messages-per-second", "0",
            "messenger.max-unauthenticated-per-address", "100000");

    /** {@code scenarioSettings}: what the scenario asks of a started server, before {@code --server-opt}. */
    static BenchTarget open(TargetOptions options, Map<String, String> scenarioSettings) throws IOException {
        if (options.external()) {
            ServerProbe probe = options.pid() > 0 ? ServerProbe.attach(options.pid()) : null;
            Report description = new Report().put("startedByBench", false).put("host", options.host())
                    .put("port", options.port()).put("pid", options.pid() > 0 ? options.pid() : null);
            return new BenchTarget(options.host(), options.port(), null, null, probe, options.jfrFile(), description);
        }
        Path dataDir = options.dataDir() != null ? options.dataDir() : Files.createTempDirectory("messenger-bench-");
        boolean delete = options.dataDir() == null && !options.keepData();
        System.setProperty(ServerProcess.JAR_PROPERTY, serverJar(options.serverJar()).toString());
        Map<String, String> extra = new LinkedHashMap<>(scenarioSettings);
        extra.putAll(options.settings());
        Map<String, String> settings = new HashMap<>(UNTHROTTLED);
        settings.putAll(extra);
        ServerProcess server = ServerProcess.startWithEmbeddedDatabase(dataDir, settings);
        ServerProbe probe;
        try {
            probe = ServerProbe.attach(server.pid());
        } catch (IOException | RuntimeException e) {
            stopQuietly(server);
            throw e;
        }
        Report description = new Report().put("startedByBench", true).put("port", server.port())
                .put("pid", server.pid()).put("dataDir", dataDir.toAbsolutePath().toString())
                .put("settings", extra.toString());
        return new BenchTarget("127.0.0.1", server.port(), server, delete ? dataDir : null, probe, options.jfrFile(),
                description);
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    /** Memory and thread figures of the server; empty when its process is not known. */
    Optional<ServerProbe> probe() {
        return Optional.ofNullable(probe);
    }

    Report describe() {
        return description;
    }

    MessengerClient connect(PushListener listener) {
        try {
            return MessengerClient.connect(host, port, listener, REPLY_TIMEOUT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot connect to " + host + ":" + port, e);
        }
    }

    /**
     * Brackets the part of a scenario that is measured; with {@code --server-jfr FILE} the server records a
     * JFR profile of exactly that part.
     */
    AutoCloseable measuredPhase() throws IOException {
        if (jfrFile == null || probe == null) {
            return () -> { };
        }
        probe.startRecording(jfrFile);
        return probe::stopRecording;
    }

    @Override
    public void close() throws Exception {
        if (probe != null) {
            probe.close();
        }
        if (ownServer != null) {
            ownServer.stop();
        }
        if (dataDirToDelete != null) {
            deleteRecursively(dataDirToDelete);
        }
    }

    static Path serverJar(Path given) {
        if (given != null) {
            return given.toAbsolutePath();
        }
        String property = System.getProperty(ServerProcess.JAR_PROPERTY);
        if (property != null) {
            return Path.of(property).toAbsolutePath();
        }
        if (Files.isRegularFile(REPO_SERVER_JAR)) {
            return REPO_SERVER_JAR.toAbsolutePath();
        }
        return ServerProcess.packagedJar().toAbsolutePath();
    }

    private static void stopQuietly(ServerProcess server) {
        try {
            server.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
