package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import messenger.handlers.file.FileChunks;
import messenger.handlers.file.FileEntity;
import messenger.handlers.file.FileStatus;
import messenger.handlers.file.FileStoreMigration;
import messenger.protocol.PossessionProof;
import messenger.protocol.Results;
import messenger.protocol.Sha256;
import messenger.protocol.client.TransferListener;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file migration's runs, started here one at a time, into the filesystem store (this server's store for new
 * files) from the database store, whose files are made by moving uploaded bytes into {@code file_chunks}.
 */
@QuarkusTest
class FileStoreMigrationTest {

    private static final String DATABASE = "database";
    private static final String FILESYSTEM = "filesystem";

    @Inject
    TestServer server;

    @Inject
    FileStoreMigration migration;

    @TempDir
    Path dir;

    @Test
    void aFileWhoseCopyDoesNotMatchItsSha256IsCopiedOnceAndThenLeftAlone() throws Exception {
        byte[] content = randomBytes(3000);
        byte[] damaged = content.clone();
        damaged[1234] ^= 1;
        assertTriedOnceAndLeftAloneWhileOthersMove(content, damaged, "does not match its SHA-256");
    }

    @Test
    void aFileWhoseBytesAreMissingIsTriedOnceAndThenLeftAlone() throws Exception {
        assertTriedOnceAndLeftAloneWhileOthersMove(randomBytes(3000), null, "has no bytes at 0");
    }

    /** Old bytes that cannot be deleted (here a folder in the file's place) are warned of once, not every run. */
    @Test
    void oldBytesThatCannotBeDeletedAreWarnedOfOnceAndThenLeftAlone() throws Exception {
        Warnings warnings = Warnings.of(FileStoreMigration.class);
        long moved = 0;
        Path oldBytes = null;
        try (TestServer.Device alice = server.newUser("moved-away")) {
            byte[] content = randomBytes(2000);
            moved = inDatabaseStore(alice, "moved.bin", content, content);
            long id = moved;
            QuarkusTransaction.requiringNew().run(() -> FileEntity.update(
                    "movedFrom = ?1, movedAt = ?2 where id = ?3", FILESYSTEM, Instant.EPOCH, id));
            oldBytes = server.storedBytes(id);
            Files.createDirectories(oldBytes.resolve("in the way"));

            migration.runOnce();
            migration.runOnce();

            assertThat(warnings.about(id)).singleElement().asString().contains("deleting the old bytes");
            Path downloaded = dir.resolve("moved-copy");
            alice.client().download(id, downloaded, TransferListener.NONE);
            assertThat(Files.readAllBytes(downloaded)).isEqualTo(content);
        } finally {
            warnings.close();
            if (oldBytes != null) {
                Files.delete(oldBytes.resolve("in the way"));
                Files.delete(oldBytes);
            }
            discard(moved);
        }
    }

    /**
     * The filesystem store creates an upload's file before the first chunk's transaction commits: when that rolls
     * back, the upload has received nothing and may still be proved, and then shares bytes in another store.
     */
    @Test
    void anUploadProvedAfterARolledBackFirstChunkKeepsNoBytesOfItsOwn() throws Exception {
        long held = 0;
        long proved = 0;
        try (TestServer.Device alice = server.newUser("held"); TestServer.Device bob = server.newUser("proved")) {
            byte[] content = randomBytes(3000);
            held = inDatabaseStore(alice, "held.bin", content, content);
            Results.UploadOffset start = bob.client().uploadStart("held.bin", content.length, Sha256.hex(content));
            proved = start.uploadId();
            Path leftover = server.storedBytes(proved);
            Files.createDirectories(leftover.getParent());
            Files.write(leftover, Arrays.copyOf(content, 1000)); // as the rolled-back chunk left it

            Results.Challenge challenge = start.challenge();
            int from = (int) challenge.offset();
            String proof = PossessionProof.of(challenge.nonce(), Arrays.copyOfRange(content, from,
                    from + challenge.length()));
            assertThat(bob.client().uploadProve(proved, proof)).isNotNull();

            assertThat(storeOf(proved)).isEqualTo(DATABASE);
            assertThat(leftover).as("the upload's own bytes, where nothing would delete them").doesNotExist();
        } finally {
            discard(proved);
            discard(held);
        }
    }

    /**
     * A file stored as {@code stored} fails its first run with a warning saying {@code why}; the next run moves a
     * sound file and does not try it again (the retry delay, an hour, is far off).
     */
    private void assertTriedOnceAndLeftAloneWhileOthersMove(byte[] content, byte[] stored, String why)
            throws Exception {
        Warnings warnings = Warnings.of(FileStoreMigration.class);
        long bad = 0;
        try (TestServer.Device alice = server.newUser("migrating")) {
            bad = inDatabaseStore(alice, "bad.bin", content, stored);

            migration.runOnce();

            assertThat(storeOf(bad)).isEqualTo(DATABASE);
            assertThat(server.storedBytes(bad)).as("no copy left in the target").doesNotExist();
            assertThat(warnings.about(bad)).singleElement().asString().contains(why);

            long sound = inDatabaseStore(alice, "sound.bin", content, content);
            migration.runOnce();

            assertThat(storeOf(sound)).as("moved by the next run").isEqualTo(FILESYSTEM);
            Path downloaded = dir.resolve("sound-copy");
            alice.client().download(sound, downloaded, TransferListener.NONE);
            assertThat(Files.readAllBytes(downloaded)).isEqualTo(content);
            assertThat(warnings.about(bad)).as("not tried again by it").hasSize(1);
            assertThat(storeOf(bad)).isEqualTo(DATABASE);
        } finally {
            warnings.close();
            discard(bad); // so that the runs of later tests, in this JVM or the next, need not try it
        }
    }

    /**
     * Uploads {@code content} and moves the file to the database store, with {@code stored} as its bytes there
     * (none when null): the row keeps the SHA-256 of {@code content}.
     */
    private long inDatabaseStore(TestServer.Device device, String name, byte[] content, byte[] stored)
            throws Exception {
        long id = device.client().upload(Files.write(dir.resolve(name), content), name, TransferListener.NONE).id();
        QuarkusTransaction.requiringNew().run(() -> {
            FileEntity.update("store = ?1 where id = ?2", DATABASE, id);
            if (stored != null) {
                FileChunks.insert(id, 0, stored);
            }
        });
        Files.delete(server.storedBytes(id));
        return id;
    }

    private static void discard(long id) {
        QuarkusTransaction.requiringNew().run(() -> FileEntity.update(
                "status = ?1, movedFrom = null, movedAt = null where id = ?2", FileStatus.DISCARDED, id));
    }

    private static String storeOf(long id) {
        return QuarkusTransaction.requiringNew().call(() -> FileEntity.<FileEntity>findById(id).store);
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random().nextBytes(bytes);
        return bytes;
    }

    /** The WARN lines of one logger, formatted, while open. */
    private static final class Warnings extends Handler {

        private final Logger logger;
        private final List<String> lines = new CopyOnWriteArrayList<>();

        private Warnings(Logger logger) {
            this.logger = logger;
        }

        static Warnings of(Class<?> source) {
            Warnings warnings = new Warnings(Logger.getLogger(source.getName()));
            warnings.logger.addHandler(warnings);
            return warnings;
        }

        List<String> about(long fileId) {
            return lines.stream().filter(line -> line.matches(".*\\bfile " + fileId + "\\b.*")).toList();
        }

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() == Level.WARNING.intValue()) {
                lines.add(((ExtLogRecord) record).getFormattedMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            logger.removeHandler(this);
        }
    }
}
