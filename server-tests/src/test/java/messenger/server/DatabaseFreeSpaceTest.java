package messenger.server;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link FreeSpaceTest} with the bytes in the database, whose files are on this machine as the embedded
 * database's are ({@code messenger.database-directory}, which the server sets for it).
 */
@QuarkusTest
@TestProfile(DatabaseFreeSpaceTest.DatabaseStoreWithoutSizeLimit.class)
class DatabaseFreeSpaceTest extends FreeSpaceTest {

    public static final class DatabaseStoreWithoutSizeLimit extends NoSizeLimit {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.putAll(new DatabaseFileStoreTest.DatabaseStore().getConfigOverrides());
            overrides.put("messenger.database-directory", "target");
            return overrides;
        }
    }
}
