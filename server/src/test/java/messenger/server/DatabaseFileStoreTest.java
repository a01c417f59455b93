package messenger.server;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import messenger.handlers.file.FileChunkEntity;

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

    @Override
    boolean bytesStored(long fileId) {
        return QuarkusTransaction.requiringNew().call(() -> FileChunkEntity.count("fileId", fileId)) > 0;
    }
}
