package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.TransferListener;
import messenger.testkit.ServerProcess;
import messenger.testkit.SharedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files stored in the database move to the filesystem store while the server runs and serves them, survive a
 * SIGKILL in the middle of it, come back byte-identical, and leave no byte behind in the database; bytes a discarded
 * upload still shares with a complete one move too, and a server waits while another holds the migration's lock.
 */
class FileStoreMigrationIT {

    private static final String PASSWORD = "correct horse battery";
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Map<String, String> MIGRATING = Map.of("messenger.file-store", "filesystem",
            "messenger.migrate-files", "true", "messenger.migrate-files-every", "1s",
            "messenger.migrate-files-grace", "1s");

    @TempDir
    Path local;

    @Test
    void filesMoveToTheFileSystemWhileServedAndAfterAKill(@TempDir Path dataDir) throws Exception {
        List<byte[]> contents = List.of(bytes(3 * 1024 * 1024 + 17, 1), bytes(1000, 2), new byte[0],
                bytes(5 * 1024 * 1024, 3));
        List<FileInfo> files = new ArrayList<>();
        byte[] orphaned = bytes(200_000, 4);
        FileInfo shared;
        FileInfo sharingOrphan;
        try (ServerProcess server = ServerProcess.start(dataDir, Map.of("messenger.file-store", "database"));
                MessengerClient alice = signUp(server, "mover-a"); MessengerClient bob = signUp(server, "mover-b")) {
            for (int i = 0; i < contents.size(); i++) {
                files.add(alice.upload(write("f" + i, contents.get(i)), "f" + i, TransferListener.NONE));
            }
            shared = bob.upload(write("same", contents.get(0)), "same", TransferListener.NONE);
            FileInfo orphan = alice.upload(write("orphan", orphaned), "orphan", TransferListener.NONE);
            Message post = alice.send("orphan-post", "the orphan", orphan.id());
            sharingOrphan = bob.upload(write("orphan-too", orphaned), "orphan-too", TransferListener.NONE);
            alice.deleteMessage(post.id());
        }
        String url = SharedDatabase.datasourceSettings(dataDir).get("quarkus.datasource.jdbc.url");
        assertThat(count(url, "select count(*) from file_chunks")).isPositive();
        assertThat(count(url, "select count(*) from files where status = 'DISCARDED'")).as("the orphan's owner")
                .isOne();

        try (Connection otherServer = DriverManager.getConnection(url, "root", "")) {
            assertThat(ask(otherServer, "select get_lock('messenger.file-migration', 0)")).isOne();
            try (ServerProcess interrupted = ServerProcess.start(dataDir, MIGRATING)) {
                await().atMost(PATIENCE).until(() -> Files.readString(interrupted.log())
                        .contains("another server sharing the database is moving them"));
                assertThat(count(url, "select count(*) from files where store = 'filesystem'"))
                        .as("moved while another server held the migration's lock").isZero();
                otherServer.close();
                await().atMost(PATIENCE).until(() ->
                        count(url, "select count(*) from files where store = 'filesystem'") > 0
                        || count(url, "select count(*) from file_chunks") == 0);
                interrupted.kill();
            }
        }
        try (ServerProcess server = ServerProcess.start(dataDir, MIGRATING);
                MessengerClient alice = signIn(server, "mover-a"); MessengerClient bob = signIn(server, "mover-b")) {
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
                assertDownloads(alice, files, contents);
                return count(url, "select count(*) from files where status = 'COMPLETE' and store <> 'filesystem'")
                        == 0 && count(url, "select count(*) from file_chunks") == 0
                        && count(url, "select count(*) from files where moved_from is not null") == 0;
            });
            assertDownloads(alice, files, contents);
            await().atMost(PATIENCE).until(() -> Files.readString(server.log())
                    .contains("no old copy is left; messenger.migrate-files can be turned off"));
            Path copy = local.resolve("shared-copy");
            bob.download(shared.id(), copy, TransferListener.NONE);
            assertThat(Files.readAllBytes(copy)).as("a file sharing moved bytes moves with them")
                    .isEqualTo(contents.get(0));
            Path orphanCopy = local.resolve("orphan-copy");
            bob.download(sharingOrphan.id(), orphanCopy, TransferListener.NONE);
            assertThat(Files.readAllBytes(orphanCopy)).as("bytes shared with a discarded file move too")
                    .isEqualTo(orphaned);
            assertThat(Files.exists(dataDir.resolve("files"))).isTrue();
        }
    }

    @Test
    void aServerThatLosesTheLockWhileCopyingLeavesTheFileToTheNextHolder(@TempDir Path dataDir) throws Exception {
        byte[] content = bytes(64 * 1024 * 1024, 5);
        FileInfo big;
        try (ServerProcess server = ServerProcess.start(dataDir, Map.of("messenger.file-store", "database"));
                MessengerClient alice = signUp(server, "mover-c")) {
            big = alice.upload(write("big", content), "big", TransferListener.NONE);
        }
        String url = SharedDatabase.datasourceSettings(dataDir).get("quarkus.datasource.jdbc.url");
        String moved = "select count(*) from files where store = 'filesystem'";
        try (ServerProcess server = ServerProcess.start(dataDir, MIGRATING);
                Connection nextHolder = DriverManager.getConnection(url, "root", "")) {
            Path copy = dataDir.resolve("files").resolve(String.format("%02x", big.id() & 0xff))
                    .resolve(Long.toString(big.id()));
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(2))
                    .until(() -> Files.exists(copy) && Files.size(copy) > 0);
            long copying = ask(nextHolder, "select is_used_lock('messenger.file-migration')");
            try (Statement kill = nextHolder.createStatement()) {
                kill.execute("kill connection " + copying); // as a database fail-over or a proxy would
            }
            // the killed connection lets go of the lock once its thread has ended, which takes a moment
            assertThat(ask(nextHolder, "select get_lock('messenger.file-migration', 10)")).isOne();
            await().atMost(PATIENCE).until(() -> count(url, moved) > 0 || Files.readString(server.log())
                    .contains("no longer holds the migration's lock"));
            assertThat(count(url, moved)).as("switched by a server that had lost the lock").isZero();

            nextHolder.close();
            await().atMost(PATIENCE).until(() -> count(url, moved) == 1);
            try (MessengerClient alice = signIn(server, "mover-c")) {
                Path downloaded = local.resolve("big-copy");
                alice.download(big.id(), downloaded, TransferListener.NONE);
                assertThat(Files.readAllBytes(downloaded)).isEqualTo(content);
            }
        }
    }

    private void assertDownloads(MessengerClient client, List<FileInfo> files, List<byte[]> contents)
            throws Exception {
        for (int i = 0; i < files.size(); i++) {
            Path copy = local.resolve("copy-" + i);
            Files.deleteIfExists(copy);
            client.download(files.get(i).id(), copy, TransferListener.NONE);
            assertThat(Files.readAllBytes(copy)).isEqualTo(contents.get(i));
        }
    }

    private Path write(String name, byte[] content) throws Exception {
        return Files.write(local.resolve(name), content);
    }

    private static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed ^ System.nanoTime()).nextBytes(bytes);
        return bytes;
    }

    private static MessengerClient signUp(ServerProcess server, String login) {
        try (MessengerClient client = server.connect()) {
            client.register(login, PASSWORD);
        }
        return signIn(server, login);
    }

    private static MessengerClient signIn(ServerProcess server, String login) {
        MessengerClient client = server.connect();
        client.login(login, PASSWORD, "migration");
        return client;
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "root", "")) {
            return ask(db, sql);
        }
    }

    private static long ask(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
