package messenger.server;

import static messenger.server.AccountTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import messenger.handlers.file.FileChunkEntity;
import messenger.handlers.file.FileEntity;
import messenger.handlers.file.FileStatus;
import messenger.protocol.ErrorCode;
import messenger.testkit.ExpectedServerError;
import org.junit.jupiter.api.Test;

/** Every test of {@link FileTest} again with the bytes in the database ({@code messenger.file-store=database}). */
@QuarkusTest
@TestProfile(DatabaseFileStoreTest.DatabaseStore.class)
class DatabaseFileStoreTest extends FileTest {

    public static final class DatabaseStore implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("messenger.file-store", "database");
        }
    }

    @Test
    @ExpectedServerError("has no bytes at 100")
    void aReadOverChunksThatAreGoneFailsRatherThanServeZeros() {
        try (TestServer.Device alice = server.newUser("gone")) {
            long id = uploadedInChunks(alice.client(), "gone.bin", new byte[1000], 100, 400, 1000);
            QuarkusTransaction.requiringNew().run(() -> FileChunkEntity.delete("fileId = ?1 and offset = ?2", id, 100L));

            assertError(() -> alice.client().request("file.read", new Read(id, 50, 400)), ErrorCode.INTERNAL);
            assertError(() -> alice.client().request("file.read", new Read(id, 100, 300)), ErrorCode.INTERNAL);
            assertThat(alice.client().request("file.read", new Read(id, 400, 600)).payload()).hasSize(600);
        }
    }

    @Test
    void aFileDiscardedSoonAfterItMovedLeavesNoBytesInEitherStore() throws Exception {
        try (TestServer.Device alice = server.newUser("moved")) {
            long id = uploadedInChunks(alice.client(), "moved.bin", new byte[1000], 400, 1000);
            Files.createDirectories(server.storedBytes(id).getParent());
            Files.write(server.storedBytes(id), new byte[1000]);
            // as the migration leaves a file moved to the filesystem store, its old bytes kept for the grace
            QuarkusTransaction.requiringNew().run(() -> FileEntity.update("store = 'filesystem',"
                    + " movedFrom = 'database', movedAt = ?1, status = ?2 where id = ?3", Instant.now(),
                    FileStatus.DISCARDED, id));

            assertThat(expiry.deleteDiscarded()).isPositive();

            assertThat(bytesStored(id)).as("the old bytes, in the database").isFalse();
            assertThat(server.storedBytes(id)).as("the new bytes, on disk").doesNotExist();
        }
    }

    @Override
    boolean bytesStored(long fileId) {
        return QuarkusTransaction.requiringNew().call(() -> FileChunkEntity.count("fileId", fileId)) > 0;
    }
}
