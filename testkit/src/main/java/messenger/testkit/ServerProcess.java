package messenger.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import messenger.protocol.client.MessengerClient;

/**
 * The packaged server ({@code quarkus-run.jar}) running as a child process on a free port, with a data
 * directory of the caller's choosing; its output goes to {@code server.log} there. Its database is a schema
 * of the {@linkplain SharedDatabase shared one}, or its own embedded MariaDB for tests of that.
 */
public final class ServerProcess implements AutoCloseable {

    public static final String JAR_PROPERTY = "messenger.server.jar";
    public static final String JVM_OPTIONS_PROPERTY = "messenger.server.jvm-options";
    /** {@code true}: servers share a {@link ClassArchive}; the benchmarks leave it unset, as operators run. */
    public static final String CLASS_ARCHIVE_PROPERTY = "messenger.server.class-archive";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final int START_ATTEMPTS = 3;
    private static final int LOWEST_PORT = 20_000;
    private static final int PORTS_TO_CHOOSE_FROM = 12_000;
    private static final int PORT_TRIES = 200;
    private static final Duration THREAD_DUMP_WAIT = Duration.ofSeconds(2);
    /** A bind failure as a plain log line prints it, as a JSON log line does, and as Quarkus words its own. */
    private static final Pattern PORT_TAKEN = Pattern.compile(
            "java\\.net\\.BindException(: |\",\"message\":\")Address already in use|Port \\d+ seems to be in use");
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    /**
     * What a JVM exits with when SIGTERM ends it, once its shutdown hooks (Quarkus's graceful shutdown among
     * them) have run: 128 + 15, as for any process a signal ends.
     */
    public static final int SIGTERM_EXIT_STATUS = 143;
    /** A log line of level ERROR or FATAL: the console format's level after the time, or JSON's level field. */
    private static final Pattern ERROR_LINE = Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} (ERROR|FATAL) |\"level\":\"(ERROR|FATAL)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;
    /** How far {@link #newErrorLines()} has read the log: this process's lines start here. */
    private long checkedBytes;
    /** Where this process's lines end: where the next process started on the same log began. */
    private long endBytes = Long.MAX_VALUE;
    private volatile boolean killed;

    private ServerProcess(Process process, int port, int managementPort, Path log, long logStart) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.checkedBytes = logStart;
    }

    /** The jar named by the system property {@value #JAR_PROPERTY}, else the server module's build output. */
    public static Path packagedJar() {
        String configured = System.getProperty(JAR_PROPERTY);
        Path jar = configured != null ? Path.of(configured)
                : Path.of("..", "server", "target", "quarkus-app", "quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no packaged server at " + jar.toAbsolutePath()
                    + "; build it with ./mvnw -pl server -am package -DskipTests");
        }
        return jar;
    }

    public static ServerProcess start(Path dataDir) throws IOException {
        return start(dataDir, Map.of());
    }

    /**
     * Starts the server on a free port, with its data in a schema of its own on the JVM's
     * {@linkplain SharedDatabase shared database} (the same schema again for the same {@code dataDir}), and
     * returns once it is ready; settings become -D options.
     */
    public static ServerProcess start(Path dataDir, Map<String, String> settings) throws IOException {
        return retryingTakenPorts(() -> startOnFreePorts(dataDir, withSharedDatabase(dataDir, settings)));
    }

    /** Starts the server on a given port, e.g. the port of a server that was just stopped. */
    public static ServerProcess start(Path dataDir, int port, Map<String, String> settings) throws IOException {
        return retryingTakenPorts(
                () -> startOnce(dataDir, port, freePortOtherThan(port), withSharedDatabase(dataDir, settings)));
    }

    /** Starts the server on given ports, e.g. those of a server that was just stopped and that a proxy checks. */
    public static ServerProcess start(Path dataDir, int port, int managementPort, Map<String, String> settings)
            throws IOException {
        return retryingTakenPorts(
                () -> startOnce(dataDir, port, managementPort, withSharedDatabase(dataDir, settings)));
    }

    /** As an operator's server without a database URL: it runs its own MariaDB, in {@code dataDir}. */
    public static ServerProcess startWithEmbeddedDatabase(Path dataDir, Map<String, String> settings)
            throws IOException {
        return retryingTakenPorts(() -> startOnFreePorts(dataDir, settings));
    }

    /** As {@link #startWithEmbeddedDatabase(Path, Map)}, on a given port. */
    public static ServerProcess startWithEmbeddedDatabase(Path dataDir, int port, Map<String, String> settings)
            throws IOException {
        return retryingTakenPorts(() -> startOnce(dataDir, port, freePortOtherThan(port), settings));
    }

    private static Map<String, String> withSharedDatabase(Path dataDir, Map<String, String> settings) {
        Map<String, String> all = new LinkedHashMap<>(SharedDatabase.get().datasourceFor(dataDir));
        all.putAll(settings);
        return all;
    }

    private static ServerProcess startOnFreePorts(Path dataDir, Map<String, String> settings) throws IOException {
        int port = freePort();
        return startOnce(dataDir, port, freePortOtherThan(port), settings);
    }

    private static ServerProcess startOnce(Path dataDir, int port, int managementPort, Map<String, String> settings)
            throws IOException {
        Files.createDirectories(dataDir);
        Path jar = packagedJar();
        ClassArchive.Use classes = classArchiveUse(jar);
        List<String> command = javaWithOptions(classes);
        command.add("-Dmessenger.port=" + port);
        command.add("-Dquarkus.management.port=" + managementPort);
        command.add("-Dmessenger.data-dir=" + dataDir.toAbsolutePath());
        // tests and benchmarks create their accounts from one address
        command.add("-Dmessenger.registrations-per-address-per-hour=0");
        // a cold server on a busy machine was seen to take 11 s for its first register and login (JIT, bcrypt):
        // the default 10 s sign-in deadline then closed connections the test had opened to use next
        command.add("-Dmessenger.auth-timeout=60s");
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        return launch(new ProcessBuilder(command), dataDir.resolve("server.log"), port, managementPort, classes);
    }

    /**
     * Starts the server as an operator would: {@code java -jar} in {@code workingDir}, configured only by
     * environment variables (the ports are chosen here and given as {@code MESSENGER_PORT} and
     * {@code QUARKUS_MANAGEMENT_PORT}). Its output goes to {@code server.log} in the working directory.
     */
    public static ServerProcess startConfiguredByEnvironment(Path workingDir, Map<String, String> environment)
            throws IOException {
        return retryingTakenPorts(() -> startOnceConfiguredByEnvironment(workingDir, environment));
    }

    private static ServerProcess startOnceConfiguredByEnvironment(Path workingDir, Map<String, String> environment)
            throws IOException {
        Files.createDirectories(workingDir);
        int port = freePort();
        int managementPort = freePortOtherThan(port);
        Path jar = packagedJar();
        ClassArchive.Use classes = classArchiveUse(jar);
        List<String> command = javaWithOptions(classes);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().put("MESSENGER_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        builder.environment().put("MESSENGER_REGISTRATIONS_PER_ADDRESS_PER_HOUR", "0");
        builder.environment().putAll(environment);
        return launch(builder, workingDir.resolve("server.log"), port, managementPort, classes);
    }

    /**
     * A port is chosen free and closed again before the server binds it: now and then something else binds it
     * meanwhile (another test's choice, a service of the machine) and the server exits with a bind failure. It is
     * then started again, with fresh ports where the caller did not fix one.
     */
    private static ServerProcess retryingTakenPorts(Start start) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return start.start();
            } catch (PortTakenException e) {
                if (attempt == START_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private interface Start {
        ServerProcess start() throws IOException;
    }

    private static final class PortTakenException extends IllegalStateException {
        PortTakenException(String message) {
            super(message);
        }
    }

    private static ServerProcess launch(ProcessBuilder builder, Path log, int port, int managementPort,
                                        ClassArchive.Use classes) throws IOException {
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        // what follows in the log is not an earlier process's: neither this start's lines nor those of a start
        // that loses its port and is retried
        ServerErrorLog.logContinues(log, logStart);
        Process process = builder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        process.onExit().thenAccept(exited -> classes.afterExit().accept(exited.exitValue()));
        ServerProcess server = new ServerProcess(process, port, managementPort, log, logStart);
        server.awaitReady();
        // only now: a start that lost its port to another process is retried, and its log lines (from logStart on,
        // so a started server's start-up errors still count) are not the test's
        ServerErrorLog.started(server);
        return server;
    }

    /**
     * JVM options of every server a test starts, from {@value #JVM_OPTIONS_PROPERTY} (space-separated): the test
     * modules ask for the C1 compiler only, since their servers live seconds to minutes and C2 compiling on both
     * CPUs of a CI machine slows every other test; the benchmark tool leaves it unset.
     */
    private static List<String> jvmOptions() {
        String options = System.getProperty(JVM_OPTIONS_PROPERTY, "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /** The java command with the test modules' options and those of the class-data archive, up to the server's. */
    private static List<String> javaWithOptions(ClassArchive.Use classes) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions());
        command.addAll(classes.jvmOptions());
        return command;
    }

    private static ClassArchive.Use classArchiveUse(Path jar) {
        // beside the jar's folder: server/target, not quarkus-app, which is what a deployment copies
        return Boolean.getBoolean(CLASS_ARCHIVE_PROPERTY)
                ? ClassArchive.of(jar, jar.toAbsolutePath().getParent().getParent(), SIGTERM_EXIT_STATUS).use()
                : ClassArchive.NONE;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public int port() {
        return port;
    }

    /** The HTTP port of health checks and metrics. */
    public int managementPort() {
        return managementPort;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    public MessengerClient connect() {
        try {
            return MessengerClient.connect("127.0.0.1", port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SIGTERM, then waits for the server to exit as a graceful shutdown ends.
     *
     * @throws IllegalStateException when it does not exit within a minute (it is then killed) or exits otherwise
     */
    public void stop() throws InterruptedException {
        if (killed) {
            return;
        }
        terminate();
        awaitCleanExit(STOP_TIMEOUT);
    }

    /** Sends SIGTERM and returns at once: the server starts its graceful shutdown. */
    public void terminate() {
        process.destroy();
    }

    /**
     * Waits for the exit that follows {@link #terminate()}: within {@code timeout}, with {@link #SIGTERM_EXIT_STATUS},
     * and with Quarkus's word in the log that it has stopped.
     *
     * @throws IllegalStateException otherwise, with the log's tail; a server still running is killed first
     */
    public void awaitCleanExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new IllegalStateException("the server did not exit within " + timeout + " of SIGTERM; killed it:\n"
                    + logTail());
        }
        if (process.exitValue() != SIGTERM_EXIT_STATUS || !stopLogged()) {
            throw new IllegalStateException("the server did not shut down cleanly (exit status "
                    + process.exitValue() + "):\n" + logTail());
        }
    }

    /** SIGKILL: the server gets no chance to clean up, as in a crash. */
    public void kill() throws InterruptedException {
        killed = true;
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void awaitReady() throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                String tail = logTail();
                String failure = "the server exited with " + process.exitValue() + ":\n" + tail;
                throw PORT_TAKEN.matcher(tail).find()
                        ? new PortTakenException(failure)
                        : new IllegalStateException(failure);
            }
            if (isReady()) {
                return;
            }
            sleep();
        }
        dumpThreadsIntoLog();
        process.destroyForcibly();
        throw new IllegalStateException("the server did not start within " + START_TIMEOUT + ":\n" + logTail()
                + "\nits main thread:\n" + mainThreadInLog());
    }

    /** The main thread's stack of the last thread dump in the log, which starts the server. */
    private String mainThreadInLog() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("\"main\"")) {
                start = i;
            }
        }
        if (start < 0) {
            return "(no thread dump in the log)";
        }
        int end = start;
        while (end < lines.size() && !lines.get(end).isBlank()) {
            end++;
        }
        return String.join("\n", lines.subList(start, end));
    }

    /** SIGQUIT makes a JVM print its threads to its output, the log: where a start that never ends is stuck. */
    private void dumpThreadsIntoLog() {
        try {
            new ProcessBuilder("kill", "-QUIT", Long.toString(process.pid())).inheritIO().start().waitFor();
            Thread.sleep(THREAD_DUMP_WAIT.toMillis());
        } catch (IOException e) {
            // no thread dump then; the log says what it says
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the readiness check (database up, listener bound), which works whether or not the listener uses TLS. */
    private boolean isReady() {
        URI readiness = URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready");
        HttpRequest request = HttpRequest.newBuilder(readiness)
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the server", e);
        }
    }

    /** Whether Quarkus said it stopped after this process said it was listening (the log holds earlier runs too). */
    private boolean stopLogged() {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.lastIndexOf("stopped in") > text.lastIndexOf("messenger listening on");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void endsAt(long bytes) {
        endBytes = Math.min(endBytes, bytes);
    }

    /** The ERROR (or FATAL) lines this process logged since the last call, plain or JSON. */
    synchronized List<String> newErrorLines() {
        List<String> errors = new ArrayList<>();
        try (SeekableByteChannel channel = Files.newByteChannel(log)) {
            long end = Math.min(channel.size(), endBytes);
            if (end <= checkedBytes) {
                return errors;
            }
            ByteBuffer bytes = ByteBuffer.allocate((int) (end - checkedBytes));
            channel.position(checkedBytes);
            while (bytes.hasRemaining() && channel.read(bytes) > 0) {
                // reads to the end known above
            }
            String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
            int complete = text.lastIndexOf('\n') + 1;
            checkedBytes += text.substring(0, complete).getBytes(StandardCharsets.UTF_8).length;
            for (String line : text.substring(0, complete).split("\n")) {
                if (ERROR_LINE.matcher(line).find()) {
                    errors.add(log + ": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return errors;
    }

    /**
     * The first error lines of the log and its last lines: a failed start's stack trace alone can fill the tail
     * and hide the reason above it (e.g. what mariadb-install-db printed).
     */
    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> firstErrors = lines.stream()
                    .filter(line -> line.contains("ERROR") || line.contains("[ERROR]") || line.contains("FATAL"))
                    .limit(15)
                    .toList();
            return "(log: " + log.toAbsolutePath() + ")\nfirst error lines:\n" + String.join("\n", firstErrors)
                    + "\nlast lines:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A port free now, chosen at random below Linux's ephemeral range (32768 and up). A port the system picks there
     * (a bind to port 0) is released again before the server binds it, and the system hands out the same range to
     * every outgoing connection and to the embedded databases, which bind port 0: a server restarted on its port
     * found it taken by one of those in a CI run (ChatSessionIT). Below that range only another such choice can
     * take it, one in {@value #PORTS_TO_CHOOSE_FROM}.
     */
    static int freePort() throws IOException {
        for (int attempt = 0; attempt < PORT_TRIES; attempt++) {
            int port = LOWEST_PORT + ThreadLocalRandom.current().nextInt(PORTS_TO_CHOOSE_FROM);
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port));
                return port;
            } catch (BindException inUse) {
                // another one
            }
        }
        throw new IOException("no free port among " + PORT_TRIES + " tried from " + LOWEST_PORT);
    }

    /** Two random choices can still coincide (one in {@value #PORTS_TO_CHOOSE_FROM}): the second is chosen again. */
    private static int freePortOtherThan(int taken) throws IOException {
        for (int port = freePort(); ; port = freePort()) {
            if (port != taken) {
                return port;
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the server", e);
        }
    }
}
