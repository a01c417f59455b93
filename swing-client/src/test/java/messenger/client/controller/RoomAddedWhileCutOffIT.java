package messenger.client.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import messenger.client.cache.AccountCache;
import messenger.client.model.ConnectionState;
import messenger.client.model.ConversationDirectory;
import messenger.client.model.ConversationSummary;
import messenger.client.testing.RunningServer;
import messenger.protocol.Conversation;
import messenger.protocol.client.MessengerClient;
import messenger.testkit.TcpRelay;
import org.junit.jupiter.api.Test;

/**
 * A room the user was added to while cut off comes with the catch-up as an event, and the room itself has to be
 * asked for. When the connection is lost again before that answer, the catch-up has moved the cursor past the
 * event, so no later catch-up brings it again: the room must still be asked for once connected.
 */
class RoomAddedWhileCutOffIT extends SessionTest {

    @Test
    void aRoomWhoseEventCameInACatchUpCutShortIsAskedForOnceConnectedAgain() throws Exception {
        String alice = RunningServer.uniqueLogin("alice");
        String name = "added-while-away-" + alice;
        try (TcpRelay relay = new TcpRelay(server.port());
             MessengerClient registered = server.signedIn(alice);
             MessengerClient bob = server.signedIn(RunningServer.uniqueLogin("bob"));
             AccountCache cache = AccountCache.open(folder, Clock.systemUTC())) {
            RunningSession session = RunningSession.start(relay.address(), alice, cache);
            session.awaitState(ConnectionState.CONNECTED);
            relay.cut();
            session.awaitState(ConnectionState.RECONNECTING);
            long room = bob.createRoom(name, null, Conversation.PRIVATE).id();
            bob.invite(room, alice);
            // after the event in the log: general's count changes when the catch-up reaches it
            bob.send("after-" + alice, "hello everyone", null);
            CountDownLatch cutAgain = new CountDownLatch(1);
            session.directory.addListener(new CutOnFirstChange(relay, cutAgain));

            relay.restore();
            assertThat(cutAgain.await(RunningSession.PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            session.awaitState(ConnectionState.RECONNECTING);
            relay.restore();

            session.awaitState(ConnectionState.CONNECTED);
            await().atMost(RunningSession.PATIENCE).until(() ->
                    session.directory.snapshot().find(room).isPresent());
            session.close();
            assertThat(session.unexpected).isEmpty();
        }
    }

    /**
     * Cuts the connection the first time the directory changes, on the session's thread: in the catch-up, past the
     * room's event. The snapshot it hears as it is added is no change.
     */
    private record CutOnFirstChange(TcpRelay relay, CountDownLatch done, AtomicBoolean added)
            implements ConversationDirectory.Listener {

        CutOnFirstChange(TcpRelay relay, CountDownLatch done) {
            this(relay, done, new AtomicBoolean());
        }

        @Override
        public void changed(ConversationDirectory.Snapshot snapshot) {
            if (added.getAndSet(true) && done.getCount() > 0) {
                relay.cut();
                done.countDown();
            }
        }

        @Override
        public void lost(ConversationSummary conversation, String why) {
        }
    }
}
