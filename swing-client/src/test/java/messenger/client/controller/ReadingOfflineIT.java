package messenger.client.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import javax.swing.SwingUtilities;
import messenger.client.cache.AccountCache;
import messenger.client.model.ConnectionState;
import messenger.client.testing.RunningServer;
import messenger.protocol.Conversation;
import messenger.protocol.Message;
import messenger.protocol.client.MessengerClient;
import messenger.testkit.TcpRelay;
import org.junit.jupiter.api.Test;

/** A conversation read while the server cannot be reached counts as read on the user's other devices once it can. */
class ReadingOfflineIT extends SessionTest {

    @Test
    void aConversationReadWhileDisconnectedIsMarkedReadOnTheServerOnceConnectedAgain() throws Exception {
        String alice = RunningServer.uniqueLogin("alice");
        try (TcpRelay relay = new TcpRelay(server.port());
             MessengerClient otherDevice = server.signedIn(alice);
             MessengerClient bob = server.signedIn(RunningServer.uniqueLogin("bob"));
             AccountCache cache = AccountCache.open(folder, Clock.systemUTC())) {
            long room = bob.createRoom("read-offline-" + alice, null, Conversation.PRIVATE).id();
            bob.invite(room, alice);
            bob.send(room, "read-1-" + alice, "read me", null, null);
            Message newest = bob.send(room, "read-2-" + alice, "read me too", null, null);
            RunningSession session = RunningSession.start(relay.address(), alice, cache);
            readWhileCutOff(session, relay, room, newest);
            // requests run in turn on the session's thread: once this one failed, so had the read marker's
            CompletableFuture<Void> afterTheMarker = new CompletableFuture<>();
            SwingUtilities.invokeAndWait(() -> session.controllers().rooms().browse("", found -> afterTheMarker
                    .completeExceptionally(new AssertionError("connected while cut off")),
                    failure -> afterTheMarker.complete(null)));
            afterTheMarker.get();
            assertThat(otherDevice.conversation(room).readUpTo()).isZero();

            relay.restore();

            await().atMost(RunningSession.PATIENCE)
                    .until(() -> otherDevice.conversation(room).readUpTo() == newest.id());
            session.close();
            assertThat(session.unexpected).isEmpty();
        }
    }

    @Test
    void aConversationReadOfflineByAClientClosedBeforeReconnectingIsMarkedReadAtItsNextStart() throws Exception {
        String alice = RunningServer.uniqueLogin("alice");
        try (TcpRelay relay = new TcpRelay(server.port());
             MessengerClient otherDevice = server.signedIn(alice);
             MessengerClient bob = server.signedIn(RunningServer.uniqueLogin("bob"))) {
            long room = bob.createRoom("read-then-closed-" + alice, null, Conversation.PRIVATE).id();
            bob.invite(room, alice);
            Message newest = bob.send(room, "closed-1-" + alice, "read me offline", null, null);
            RunningSession session = RunningSession.start(relay.address(), alice,
                    AccountCache.open(folder, Clock.systemUTC()));
            readWhileCutOff(session, relay, room, newest);
            session.close();

            try (AccountCache kept = AccountCache.open(folder, Clock.systemUTC())) {
                await().atMost(RunningSession.PATIENCE).until(() -> kept.conversations().all().stream()
                        .anyMatch(summary -> summary.id() == room && summary.readUpTo() == newest.id()));
                assertThat(otherDevice.conversation(room).readUpTo()).isZero();
                relay.restore();
                RunningSession next = RunningSession.start(relay.address(), alice, kept);

                await().atMost(RunningSession.PATIENCE)
                        .until(() -> otherDevice.conversation(room).readUpTo() == newest.id());
                next.close();
                assertThat(session.unexpected).isEmpty();
                assertThat(next.unexpected).isEmpty();
            }
        }
    }

    /** Opens the room at its newest message, then cuts the connection and reads it in the focused window. */
    private static void readWhileCutOff(RunningSession session, TcpRelay relay, long room, Message newest)
            throws Exception {
        session.awaitState(ConnectionState.CONNECTED);
        session.open(room, newest.id());
        relay.cut();
        session.awaitState(ConnectionState.RECONNECTING);
        SwingUtilities.invokeAndWait(() -> {
            session.controllers().reading().windowFocused(true);
            session.controllers().reading().opened(room, true);
        });
    }
}
