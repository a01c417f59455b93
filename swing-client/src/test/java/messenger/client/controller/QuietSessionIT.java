package messenger.client.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import messenger.client.cache.AccountCache;
import messenger.client.model.ConnectionState;
import messenger.client.testing.RunningServer;
import messenger.protocol.Conversation;
import messenger.protocol.Message;
import messenger.protocol.client.MessengerClient;
import messenger.testkit.TcpRelay;
import org.junit.jupiter.api.Test;

/** A first session that heard nothing still leaves the cache a place to catch up from at the next start. */
class QuietSessionIT extends SessionTest {

    @Test
    void editsAndDeletionsMadeWhileClosedReachTheCacheAfterAFirstSessionThatHeardNothing() throws Exception {
        String alice = RunningServer.uniqueLogin("alice");
        server.signedIn(alice).close();
        String secret = "deleted while away " + alice;
        try (TcpRelay relay = new TcpRelay(server.port());
             MessengerClient bob = server.signedIn(RunningServer.uniqueLogin("bob"));
             AccountCache first = AccountCache.open(folder, Clock.systemUTC())) {
            long room = bob.createRoom("quiet-" + alice, null, Conversation.PRIVATE).id();
            bob.invite(room, alice);
            Message edited = bob.send(room, "quiet-1-" + alice, "before the edit", null, null);
            Message deleted = bob.send(room, "quiet-2-" + alice, secret, null, null);
            RunningSession quiet = RunningSession.start(relay.address(), alice, first);
            quiet.awaitState(ConnectionState.CONNECTED);
            quiet.open(room, deleted.id());
            await().atMost(RunningSession.PATIENCE).until(() -> !first.conversations().all().isEmpty());
            quiet.close();
            // whether or not the closing session has let go of its connections yet, it hears nothing more
            relay.cut();

            bob.editMessage(edited.id(), "after the edit");
            bob.deleteMessage(deleted.id());

            try (AccountCache next = AccountCache.open(folder, Clock.systemUTC())) {
                RunningSession restarted = RunningSession.start(server.address(), alice, next);
                restarted.awaitState(ConnectionState.CONNECTED);
                assertThat(next.messages().find(edited.id())).hasValueSatisfying(message ->
                        assertThat(message.text()).isEqualTo("after the edit"));
                assertThat(next.messages().find(deleted.id())).hasValueSatisfying(message ->
                        assertThat(message.isDeleted()).isTrue());
                assertThat(next.search().find("away", room, null, 10)).isEmpty();
                restarted.close();
                assertThat(quiet.unexpected).isEmpty();
                assertThat(restarted.unexpected).isEmpty();
            }
        }
    }
}
