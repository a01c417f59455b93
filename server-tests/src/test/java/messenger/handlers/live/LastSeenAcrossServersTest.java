package messenger.handlers.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import messenger.handlers.account.UserEntity;
import messenger.protocol.Presence;
import messenger.protocol.Timestamps;
import messenger.server.TestServer;
import org.junit.jupiter.api.Test;

/**
 * Servers of a cluster write last-seen times in batches, each on its own schedule: a time this server has not
 * written yet may be older than one another server stored meanwhile, and must neither be shown nor replace it.
 * In this package to run the batch's write at once.
 */
@QuarkusTest
class LastSeenAcrossServersTest {

    @Inject
    TestServer server;

    @Inject
    LastSeen lastSeen;

    @Test
    void anOlderTimeNotWrittenYetNeverReplacesANewerOneStoredByAnotherServer() {
        try (TestServer.Device watcher = server.newUser("seen-watcher");
                TestServer.Device gone = server.newUser("seen-gone")) {
            long id = QuarkusTransaction.requiringNew().call(() -> UserEntity.findByLogin(gone.login()).orElseThrow().id);
            Instant storedByAnother = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            QuarkusTransaction.requiringNew().run(() -> UserEntity.update("lastSeenAt = ?1 where id = ?2",
                    storedByAnother, id));
            lastSeen.record(id, storedByAnother.minusSeconds(4));

            assertThat(watcher.client().presence(List.of(gone.login())))
                    .containsExactly(new Presence(gone.login(), Presence.OFFLINE, Timestamps.format(storedByAnother)));

            lastSeen.writeNow();
            Instant stored = QuarkusTransaction.requiringNew().call(() ->
                    UserEntity.<UserEntity>findById(id).lastSeenAt);
            assertThat(stored).isEqualTo(storedByAnother);
        }
    }
}
