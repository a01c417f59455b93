package messenger.client.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import messenger.client.model.ChatMessage;
import messenger.client.model.ConnectionState;
import messenger.client.model.ConnectionStatus;
import messenger.client.model.Conversation;
import messenger.client.model.ConversationListener;
import messenger.client.testing.RunningServer;
import messenger.client.view.Problems;
import messenger.protocol.Message;
import messenger.protocol.ProtocolRules;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.PushListener;
import messenger.protocol.client.ReconnectPolicy;
import messenger.protocol.client.ServerAddress;
import messenger.protocol.client.Tls;
import messenger.testkit.TcpRelay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The chat connection against the real server: what a lost reply and a reconnect do to the conversation. */
class ChatSessionIT {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    private static final ReconnectPolicy QUICK = new ReconnectPolicy(Duration.ofMillis(100), Duration.ofSeconds(1));
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aMessageTheServerStoredWhoseOkWasLostShowsOnceAfterTheReconnect() throws Exception {
        String login = RunningServer.uniqueLogin("olga");
        String text = "the ok of this is lost " + login;
        try (TcpRelay relay = new TcpRelay(server.port()); MessengerClient witness = server.signedIn(login)) {
            Conversation conversation = new Conversation(login, Clock.systemUTC());
            ConnectionStatus status = new ConnectionStatus();
            AtomicReference<ConnectionState> state = new AtomicReference<>();
            status.addListener(snapshot -> state.set(snapshot.state()));
            List<Throwable> unexpected = new CopyOnWriteArrayList<>();
            try (ChatSession chat = new ChatSession(signIn(relay.address(), login), conversation, status, QUICK,
                    Problems::describe, unexpected::add)) {
                chat.start();
                await().atMost(PATIENCE).until(() -> state.get() == ConnectionState.CONNECTED);
                relay.holdReplies();

                chat.send(text);
                await().atMost(PATIENCE).until(() -> timesStored(witness, text) == 1);
                assertThat(conversation.pending()).extracting(ChatMessage::text).containsExactly(text);
                String clientMsgId = conversation.pending().get(0).clientMsgId();
                relay.cut();
                relay.restore();

                await().atMost(PATIENCE).until(() -> conversation.pending().isEmpty());
                assertThat(conversation.messages()).filteredOn(message -> text.equals(message.text()))
                        .singleElement().satisfies(message -> {
                            assertThat(message.id()).isPositive();
                            assertThat(message.clientMsgId()).isEqualTo(clientMsgId);
                        });
                await().atMost(PATIENCE).until(() -> state.get() == ConnectionState.CONNECTED);
                assertThat(timesStored(witness, text)).isEqualTo(1);
                assertThat(unexpected).isEmpty();
            }
        }
    }

    /**
     * More messages at once than the server's burst (60 by default): the over-limit ones are refused with
     * {@code RATE_LIMITED}, wait the server's {@code retryAfter} and go through, none failed, each stored once.
     */
    @Test
    void messagesOverTheRateLimitWaitTheServersRetryAfterAndAllArrive() throws Exception {
        String login = RunningServer.uniqueLogin("rita");
        int count = 150;
        try (MessengerClient witness = server.signedIn(login)) {
            List<Message> newest = witness.history(null, 1).messages();
            long before = newest.isEmpty() ? 0 : newest.get(0).id();
            Conversation conversation = new Conversation(login, Clock.systemUTC());
            List<Throwable> unexpected = new CopyOnWriteArrayList<>();
            try (ChatSession chat = new ChatSession(signIn(server.address(), login), conversation,
                    new ConnectionStatus(), QUICK, Problems::describe, unexpected::add)) {
                chat.start();
                for (int i = 1; i <= count; i++) {
                    chat.send("burst " + i + " " + login);
                }

                await().atMost(PATIENCE).until(() -> conversation.pending().isEmpty());
                assertThat(conversation.messages()).filteredOn(message -> message.text() != null
                                && message.text().endsWith(" " + login))
                        .hasSize(count).allSatisfy(message -> assertThat(message.id()).isPositive());
                assertThat(witness.sync(before, ProtocolRules.SYNC_MAX_LIMIT).messages()).filteredOn(message ->
                        message.text() != null && message.text().endsWith(" " + login)).hasSize(count);
                assertThat(unexpected).isEmpty();
            }
        }
    }

    @Test
    void aConnectThatFailsInAnUnforeseenWayIsTriedAgain() throws Exception {
        String login = RunningServer.uniqueLogin("rudi");
        try (MessengerClient account = server.signedIn(login)) {
            account.send(login + "-first", "something to show " + login, null);
            Conversation conversation = new Conversation(login, Clock.systemUTC());
            conversation.addListener(new FailsOnFirstInsert());
            ConnectionStatus status = new ConnectionStatus();
            AtomicReference<ConnectionState> state = new AtomicReference<>();
            status.addListener(snapshot -> state.set(snapshot.state()));
            try (ChatSession chat = new ChatSession(signIn(server.address(), login), conversation, status, QUICK,
                    Problems::describe, failure -> { })) {
                chat.start();

                await().atMost(PATIENCE).until(() -> state.get() == ConnectionState.CONNECTED);
            }
        }
    }

    /**
     * A reconnect subscribes before it syncs, so messages pushed meanwhile wait at the gate: applied first,
     * they would move the cursor past messages the sync has not delivered yet.
     */
    @Test
    void pushesWaitUntilTheCatchUpIsInThenFollowInOrderAndOnce() throws Exception {
        String login = RunningServer.uniqueLogin("petra");
        String other = RunningServer.uniqueLogin("quentin");
        try (MessengerClient account = server.signedIn(login); MessengerClient sender = server.signedIn(other)) {
            Conversation conversation = new Conversation(login, Clock.systemUTC());
            conversation.receive(account.history(null, 1).messages());
            long cursorBefore = conversation.cursor();
            List<String> missed = sendAll(sender, other, "missed while offline", 3);
            PushGate gate = new PushGate(conversation, closed -> { });
            List<Message> arrived = new CopyOnWriteArrayList<>();
            try (MessengerClient client = Connections.open(signIn(server.address(), login), watching(gate, arrived))) {
                client.subscribe();
                List<String> pushed = sendAll(sender, other, "pushed during the catch-up", 3);
                await().atMost(PATIENCE).until(() -> arrived.stream().map(Message::text).toList().containsAll(pushed));

                assertThat(conversation.cursor()).isEqualTo(cursorBefore);
                assertThat(texts(conversation)).doesNotContainAnyElementsOf(pushed);

                ChatSession.catchUp(client, conversation);
                gate.open();

                List<String> expected = new ArrayList<>(missed);
                expected.addAll(pushed);
                assertThat(texts(conversation)).containsSubsequence(expected);
                expected.forEach(text -> assertThat(Collections.frequency(texts(conversation), text)).isEqualTo(1));
                assertThat(conversation.cursor()).isEqualTo(arrived.get(arrived.size() - 1).id());

                String later = sendAll(sender, other, "after the catch-up", 1).get(0);
                await().atMost(PATIENCE).until(() -> texts(conversation).contains(later));
            }
        }
    }

    /** A view with a bug: the first messages it is shown make it throw. */
    private static final class FailsOnFirstInsert implements ConversationListener {
        private boolean failed;

        @Override
        public void reset(List<ChatMessage> messages, boolean hasOlder) {
        }

        @Override
        public void inserted(int index, List<ChatMessage> messages) {
            if (!failed) {
                failed = true;
                throw new IllegalStateException("a bug in a view");
            }
        }

        @Override
        public void changed(int index, ChatMessage message) {
        }

        @Override
        public void removed(int index) {
        }

        @Override
        public void hasOlderChanged(boolean hasOlder) {
        }
    }

    private static Device signIn(String address, String login) throws Exception {
        return Accounts.signIn(ServerAddress.parse(address), Tls.none(), login, RunningServer.PASSWORD);
    }

    /** The gate as the connection's listener, noting every push as it arrives. */
    private static PushListener watching(PushGate gate, List<Message> arrived) {
        return new PushListener() {
            @Override
            public void onMessage(Message message) {
                arrived.add(message);
                gate.onMessage(message);
            }

            @Override
            public void onClosed(Throwable cause) {
                gate.onClosed(cause);
            }
        };
    }

    private static List<String> sendAll(MessengerClient sender, String login, String what, int count) {
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String text = what + " " + i + " " + login;
            sender.send(login + "-" + what.hashCode() + "-" + i, text, null);
            texts.add(text);
        }
        return texts;
    }

    private static List<String> texts(Conversation conversation) {
        return conversation.messages().stream().map(ChatMessage::text).toList();
    }

    private static long timesStored(MessengerClient witness, String text) {
        return witness.history(null, 20).messages().stream().filter(message -> text.equals(message.text())).count();
    }
}
