package messenger.client.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An account's folder follows it when the server address is written differently but names one of the same servers,
 * and only then. The folders live under the data folder the build gives the unit tests.
 */
class DataFolderTest {

    private static final AtomicInteger PORTS = new AtomicInteger(20_000 + (int) (ProcessHandle.current().pid() % 20_000));

    private final int first = PORTS.getAndIncrement();
    private final int second = PORTS.getAndIncrement();

    @Test
    void anAccountSignedInWithAServerAddedToItsAddressKeepsItsCacheAndToken() throws Exception {
        String before = "127.0.0.1:" + first;
        Path earlier = adopting(before, "Alice");
        try (AccountCache cache = AccountCache.open(earlier, Clock.systemUTC())) {
            cache.rememberToken("alice", "token-1", "password-1");
            cache.setCursor(42);
        }

        String after = "127.0.0.1:" + second + ",127.0.0.1:" + first;
        Path folder = adopting(after, "alice");

        assertThat(folder).isEqualTo(DataFolder.of(after, "alice"));
        assertThat(earlier).doesNotExist();
        try (AccountCache cache = AccountCache.open(folder, Clock.systemUTC())) {
            assertThat(cache.token("password-1")).contains("token-1");
            assertThat(cache.cursor()).contains(42L);
        }
        assertThat(adopting("127.0.0.1:" + first + ",127.0.0.1:" + second, "alice"))
                .as("reordered").isNotEqualTo(folder).isDirectory();
        assertThat(folder).doesNotExist();
    }

    @Test
    void noFolderOfAnotherServerOrAnotherLoginIsTaken() throws Exception {
        Path elsewhere = adopting("127.0.0.1:" + first, "bob");
        Files.createDirectories(elsewhere);
        Path otherLogin = adopting("127.0.0.1:" + second, "carol");
        Files.createDirectories(otherLogin);

        Path bobsElsewhere = adopting("127.0.0.1:" + (second + 20_000), "bob");
        Path davesFirst = adopting("127.0.0.1:" + first + ",localhost:1", "dave");

        assertThat(bobsElsewhere).as("another port of the same host").doesNotExist();
        assertThat(davesFirst).doesNotExist();
        assertThat(elsewhere).isDirectory();
        assertThat(otherLogin).isDirectory();
    }

    /** As the client calls it: the address as typed, and each server it names. */
    private static Path adopting(String address, String login) throws Exception {
        return DataFolder.adopting(address, List.of(address.split(",")), login);
    }
}
