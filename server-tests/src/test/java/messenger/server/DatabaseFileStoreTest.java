package messenger.server;

import static messenger.server.RequestErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.time.Instant;
import java.util.Map;
import messenger.handlers.file.FileChunkEntity;
import messenger.handlers.file.FileEntity;
import messenger.handlers.file.FileStatus;
import messenger.protocol.ErrorCode;
import messenger.protocol.Frame;
import messenger.protocol.Sha256;
import messenger.protocol.client.MessengerClient;
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
    void aReadOverMoreTinyChunksThanOneQueryHoldsReturnsThemAll() {
        byte[] bytes = randomBytes(2 * 2_500);
        try (TestServer.Device alice = server.newUser("tiny")) {
            MessengerClient client = alice.client();
            long uploadId = client.uploadStart("tiny.bin", bytes.length, Sha256.hex(bytes)).uploadId();
            Deque<CompletableFuture<Frame>> inFlight = new ArrayDeque<>();
            for (int offset = 0; offset < bytes.length; offset += 2) {
                if (inFlight.size() == 32) {
                    client.await(inFlight.poll());
                }
                inFlight.add(chunk(client, uploadId, offset, Arrays.copyOfRange(bytes, offset, offset + 2)));
            }
            inFlight.forEach(client::await);
            long id = client.uploadFinish(uploadId).id();

            assertThat(client.request("file.read", new Read(id, 0, bytes.length)).payload()).isEqualTo(bytes);
            assertThat(client.request("file.read", new Read(id, 2_047, 2_100)).payload())
                    .isEqualTo(Arrays.copyOfRange(bytes, 2_047, 4_147));
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
