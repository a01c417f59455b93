package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import messenger.protocol.Conversation;
import messenger.protocol.ConversationEvent;
import messenger.protocol.Message;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Results.MessagePage;
import messenger.protocol.client.ChatSession;
import messenger.protocol.client.ConnectionLostException;
import messenger.protocol.client.Dialer;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.ReconnectPolicy;
import messenger.protocol.client.RetryingConnection;
import messenger.protocol.client.SessionListener;
import messenger.protocol.client.SessionStatus;
import messenger.protocol.client.Tls;
import messenger.testkit.ServerProcess;
import messenger.testkit.TcpRelay;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client library's resilient parts, {@link ChatSession} and {@link RetryingConnection}, against the packaged
 * server through a real TCP relay that drops connections: nothing acknowledged twice, nothing missed, pushes in
 * order and once, {@code RATE_LIMITED} waited out, a restart ridden out with short waits, a revoked sign-in final.
 */
class ChatSessionIT {

    private static final String PASSWORD = "correct horse battery";
    private static final ReconnectPolicy QUICK = new ReconnectPolicy(Duration.ofMillis(100), Duration.ofSeconds(1));
    private static final ChatSession.Options OPTIONS = ChatSession.Options.defaults().withPolicy(QUICK);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Path DATA = Path.of("target", "it-chat-session-" + System.nanoTime());

    private static ServerProcess server;
    private static int users;

    @BeforeAll
    static void startServer() throws Exception {
        server = ServerProcess.start(DATA);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Test
    void followingAllConversationsDeliversEveryRoomAndItsChangesOnceAndInOrderAcrossADrop() throws Exception {
        String bob = newUser("rooms");
        String alice = newUser("host");
        try (TcpRelay relay = new TcpRelay(server.port()); MessengerClient host = signedIn(alice);
                Recorder recorder = new Recorder(relay.port(), token(bob), OPTIONS.withAllConversations())) {
            recorder.session.start(null);
            recorder.awaitConnected();
            assertThat(recorder.conversations).extracting(Conversation::name).contains(ProtocolRules.GENERAL);
            Conversation room = host.createRoom("followed", null, Conversation.PRIVATE);
            host.invite(room.id(), bob);
            List<Long> sent = new ArrayList<>();
            sent.add(host.send(room.id(), "f-1", "in the room", null).id());
            sent.add(host.send("f-2", "in general", null).id());
            await().atMost(PATIENCE).until(() -> recorder.ids().containsAll(sent));

            relay.cut();
            sent.add(host.send(room.id(), "f-3", "while bob was away", null).id());
            host.updateRoom(room.id(), "followed closely", null);
            relay.restore();
            Message mine = recorder.session.send(room.id(), "f-4", "back", null).get(PATIENCE.toSeconds(),
                    TimeUnit.SECONDS);
            sent.add(mine.id());

            await().atMost(PATIENCE).until(() -> recorder.ids().containsAll(sent)
                    && recorder.eventKinds().contains(ConversationEvent.RENAMED));
            assertThat(mine.conversation()).isEqualTo(room.id());
            assertThat(recorder.eventKinds()).containsSubsequence(ConversationEvent.JOINED, ConversationEvent.RENAMED);
            List<Long> everything = new ArrayList<>(recorder.entryIds);
            assertThat(everything).as("messages and events in one id order, each once").isSorted()
                    .doesNotHaveDuplicates();
            recorder.assertInOrderOnceAndNothingUnexpected();
        }
    }

    @Test
    void aMessageWhoseOkWasLostIsStoredOnceAndConfirmedAfterTheReconnect() throws Exception {
        String login = newUser("olga");
        String text = "the ok of this is lost";
        try (TcpRelay relay = new TcpRelay(server.port()); MessengerClient witness = signedIn(login);
                Recorder recorder = new Recorder(relay.port(), token(login))) {
            recorder.session.start(null);
            recorder.awaitConnected();
            relay.holdReplies();

            CompletableFuture<Message> sent = recorder.session.send("lost-ok-1", text, null);
            await().atMost(PATIENCE).until(() -> timesStored(witness, text) == 1);
            relay.cut();
            relay.restore();

            Message stored = sent.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(stored.clientMsgId()).isEqualTo("lost-ok-1");
            assertThat(timesStored(witness, text)).isEqualTo(1);
            await().atMost(PATIENCE).until(() -> recorder.ids().contains(stored.id()));
            recorder.assertInOrderOnceAndNothingUnexpected();
        }
    }

    @Test
    void messagesOverTheRateLimitWaitTheServersRetryAfterAndAllArriveOnce() throws Exception {
        String login = newUser("rita");
        int count = 150;
        try (MessengerClient witness = signedIn(login);
                Recorder recorder = new Recorder(server.port(), token(login))) {
            long before = newestId(witness);
            recorder.session.start(null);
            List<CompletableFuture<Message>> sends = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                sends.add(recorder.session.send("burst-" + i, "burst " + i, null));
            }

            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(witness.sync(before, ProtocolRules.SYNC_MAX_LIMIT).messages())
                    .filteredOn(message -> login.equals(message.from())).hasSize(count);
            recorder.assertInOrderOnceAndNothingUnexpected();
        }
    }

    @Test
    void aDropMissesNothingAndPushesDuringTheCatchUpFollowInOrderOnce() throws Exception {
        String login = newUser("petra");
        String other = newUser("quentin");
        try (TcpRelay relay = new TcpRelay(server.port()); MessengerClient sender = signedIn(other);
                Recorder recorder = new Recorder(relay.port(), token(login))) {
            recorder.session.start(null);
            recorder.awaitConnected();
            List<Long> expected = new ArrayList<>(sendAll(sender, "before", 5));
            relay.cut();
            expected.addAll(sendAll(sender, "while cut", 20));
            relay.restore();
            expected.addAll(sendAll(sender, "during the catch-up", 20));
            await().atMost(PATIENCE).until(() -> recorder.status() instanceof SessionStatus.Connected);
            expected.addAll(sendAll(sender, "after", 5));

            await().atMost(PATIENCE).until(() -> recorder.ids().containsAll(expected));
            recorder.assertInOrderOnceAndNothingUnexpected();
            assertThat(recorder.statuses).anySatisfy(status -> assertThat(status)
                    .isInstanceOfSatisfying(SessionStatus.Waiting.class, waiting ->
                            assertThat(waiting.connectedBefore()).isTrue()));
        }
    }

    /** The desktop keeps its cursor and its unread counts in two steps of one delivery: close must not split them. */
    @Test
    void closeReturnsOnlyOnceTheDeliveryUnderWayHasReachedTheListenerWhole() throws Exception {
        String login = newUser("sabine");
        String other = newUser("tomas");
        try (MessengerClient sender = signedIn(other)) {
            long before = newestId(sender);
            sendAll(sender, "caught up", 5);
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            List<Long> deliveredAfterClose = new CopyOnWriteArrayList<>();
            CompletableFuture<Void> closing = new CompletableFuture<>();
            Recorder slow = new Recorder(server.port(), token(login)) {
                @Override
                public void onMessages(List<Message> batch) {
                    if (closing.isDone()) {
                        batch.forEach(message -> deliveredAfterClose.add(message.id()));
                    }
                    inside.countDown();
                    awaitUninterruptibly(finish);
                    super.onMessages(batch);
                }
            };
            slow.session.start(before);
            assertThat(inside.await(60, TimeUnit.SECONDS)).isTrue();

            CompletableFuture.runAsync(() -> {
                slow.session.close();
                closing.complete(null);
            });

            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> !closing.isDone());
            finish.countDown();
            closing.get(30, TimeUnit.SECONDS);
            sendAll(sender, "after close", 3);
            assertThat(slow.messages).hasSize(5);
            assertThat(deliveredAfterClose).isEmpty();
        }
    }

    /** A worker interrupted by {@code shutdownNow} still finishes what it was handing over, as a cache write does. */
    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aListenerThatFailsMakesTheAttemptFailAndTheNextOneSucceeds() throws Exception {
        String login = newUser("rudi");
        try (MessengerClient account = signedIn(login)) {
            account.send("first", "something to show", null);
            List<Message> shown = new CopyOnWriteArrayList<>();
            Recorder failingOnce = new Recorder(server.port(), token(login)) {
                private boolean failed;

                @Override
                public void onNewest(MessagePage page) {
                    if (!failed) {
                        failed = true;
                        throw new IllegalStateException("a bug in a view");
                    }
                    shown.addAll(page.messages());
                }
            };
            try (failingOnce) {
                failingOnce.session.start(null);
                failingOnce.awaitConnected();
                assertThat(shown).extracting(Message::text).contains("something to show");
            }
        }
    }

    @Test
    void aListenerThatFailsOnceConnectedLeavesOneConnectionOpen() throws Exception {
        String login = newUser("ruth");
        try (TcpRelay relay = new TcpRelay(server.port());
                Recorder failingOnce = new Recorder(relay.port(), token(login)) {
                    private boolean failed;

                    @Override
                    public void onStatus(SessionStatus status) {
                        super.onStatus(status);
                        if (status instanceof SessionStatus.Connected && !failed) {
                            failed = true;
                            throw new IllegalStateException("a bug in a view");
                        }
                    }
                }) {
            failingOnce.session.start(null);
            await().atMost(PATIENCE).until(() -> failingOnce.statuses.stream()
                    .filter(SessionStatus.Connected.class::isInstance).count() >= 2);

            // a second attempt, scheduled by the failed one's close, would open a connection nobody closes
            await().during(Duration.ofSeconds(3)).atMost(PATIENCE).until(() -> relay.openConnections() == 1);
            assertThat(failingOnce.status()).isInstanceOf(SessionStatus.Connected.class);
        }
    }

    @Test
    void aRestartedServerIsAnnouncedAndRetriedWithinTheShortCap() throws Exception {
        String login = newUser("stefan");
        try (Recorder recorder = new Recorder(server.port(), token(login))) {
            recorder.session.start(null);
            recorder.awaitConnected();
            int port = server.port();
            server.stop();
            server = ServerProcess.start(DATA, port, Map.of());

            await().atMost(PATIENCE).until(() -> recorder.status() instanceof SessionStatus.Connected);
            List<SessionStatus.Waiting> waits = recorder.statuses.stream()
                    .filter(SessionStatus.Waiting.class::isInstance).map(SessionStatus.Waiting.class::cast).toList();
            assertThat(waits).isNotEmpty().allSatisfy(waiting -> assertThat(waiting.serverRestarting()).isTrue());
            assertThat(recorder.waitsAnnounced).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(3)));
            try (MessengerClient sender = signedIn(newUser("tanja"))) {
                long id = sender.send("after-restart", "after the restart", null).id();
                await().atMost(PATIENCE).until(() -> recorder.ids().contains(id));
            }
            recorder.assertInOrderOnceAndNothingUnexpected();
        }
    }

    @Test
    void retryNowSkipsTheRestOfALongWait() throws Exception {
        String login = newUser("rolf");
        ReconnectPolicy slow = new ReconnectPolicy(Duration.ofMinutes(5), Duration.ofMinutes(5));
        try (TcpRelay relay = new TcpRelay(server.port());
                Recorder recorder = new Recorder(relay.port(), token(login),
                        OPTIONS.withPolicy(slow).withRecentCap(Duration.ofMinutes(5)))) {
            recorder.session.start(null);
            recorder.awaitConnected();
            relay.cut();
            await().atMost(PATIENCE).until(() -> recorder.status() instanceof SessionStatus.Waiting);
            assertThat(recorder.waitsAnnounced).last().satisfies(wait ->
                    assertThat(wait).isGreaterThan(Duration.ofMinutes(2)));
            relay.restore();

            recorder.session.retryNow();

            await().atMost(PATIENCE).until(() -> recorder.status() instanceof SessionStatus.Connected);
        }
    }

    @Test
    void aRevokedSignInEndsTheSessionInsteadOfRetryingForever() throws Exception {
        String login = newUser("ulla");
        String token = token(login);
        try (TcpRelay relay = new TcpRelay(server.port()); Recorder recorder = new Recorder(relay.port(), token)) {
            recorder.session.start(null);
            recorder.awaitConnected();
            try (MessengerClient other = server.connect()) {
                other.resume(token);
                other.logout();
            }
            relay.cut();
            relay.restore();

            await().atMost(PATIENCE).until(() -> recorder.status() instanceof SessionStatus.SignedOut);
        }
    }

    @Test
    void aRetryingConnectionSendsOnceAcrossADropAndGivesUpWhenTheServerStaysAway() throws Exception {
        String login = newUser("vera");
        String token = token(login);
        try (TcpRelay relay = new TcpRelay(server.port()); MessengerClient witness = signedIn(login);
                RetryingConnection connection = new RetryingConnection(dialer(relay.port(), token), QUICK, 4)) {
            connection.send("retried-1", "sent across a drop", null);
            relay.holdReplies();
            CompletableFuture<Message> second = CompletableFuture.supplyAsync(() -> {
                try {
                    return connection.send("retried-2", "its ok is lost", null);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            await().atMost(PATIENCE).until(() -> timesStored(witness, "its ok is lost") == 1);
            relay.cut();
            relay.restore();

            assertThat(second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).clientMsgId()).isEqualTo("retried-2");
            assertThat(timesStored(witness, "its ok is lost")).isEqualTo(1);

            relay.cut();
            assertThatThrownBy(() -> connection.send("retried-3", "nobody hears this", null))
                    .isInstanceOfAny(ConnectionLostException.class, java.io.IOException.class);
        }
    }

    private static String newUser(String name) throws Exception {
        String login = name + "-" + (++users);
        try (MessengerClient client = server.connect()) {
            client.register(login, PASSWORD);
        }
        return login;
    }

    private static String token(String login) {
        try (MessengerClient client = server.connect()) {
            return client.login(login, PASSWORD, "chat-session-it").token();
        }
    }

    private static MessengerClient signedIn(String login) {
        MessengerClient client = server.connect();
        client.login(login, PASSWORD, "witness");
        return client;
    }

    private static Dialer dialer(int port, String token) {
        return listener -> MessengerClient.connect("127.0.0.1", port, Tls.none(), listener, Duration.ofSeconds(20))
                .openedWith(client -> {
                    client.hello();
                    client.resume(token);
                });
    }

    private static List<Long> sendAll(MessengerClient sender, String what, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(sender.send(what + "-" + i + "-" + System.nanoTime(), what + " " + i, null).id());
        }
        return ids;
    }

    private static long newestId(MessengerClient client) {
        List<Message> newest = client.history(null, 1).messages();
        return newest.isEmpty() ? 0 : newest.get(0).id();
    }

    private static long timesStored(MessengerClient witness, String text) {
        return witness.history(null, 50).messages().stream().filter(message -> text.equals(message.text())).count();
    }

    /** A session and everything it told its listener. */
    private static class Recorder implements SessionListener, AutoCloseable {
        final ChatSession session;
        final List<Message> messages = new CopyOnWriteArrayList<>();
        final List<ConversationEvent> events = new CopyOnWriteArrayList<>();
        final List<Conversation> conversations = new CopyOnWriteArrayList<>();
        final List<Long> entryIds = new CopyOnWriteArrayList<>();
        final List<SessionStatus> statuses = new CopyOnWriteArrayList<>();
        final List<Duration> waitsAnnounced = new CopyOnWriteArrayList<>();
        final List<Throwable> unexpected = new CopyOnWriteArrayList<>();

        Recorder(int port, String token) {
            this(port, token, OPTIONS);
        }

        Recorder(int port, String token, ChatSession.Options options) {
            session = new ChatSession(dialer(port, token), this, options, "chat-session-it");
        }

        @Override
        public void onMessages(List<Message> batch) {
            messages.addAll(batch);
            batch.forEach(message -> entryIds.add(message.id()));
        }

        @Override
        public void onEvents(List<ConversationEvent> batch) {
            events.addAll(batch);
            batch.forEach(event -> entryIds.add(event.id()));
        }

        @Override
        public void onConversations(List<Conversation> all) {
            conversations.addAll(all);
        }

        List<String> eventKinds() {
            return events.stream().map(ConversationEvent::kind).toList();
        }

        @Override
        public void onStatus(SessionStatus status) {
            statuses.add(status);
            if (status instanceof SessionStatus.Waiting waiting) {
                waitsAnnounced.add(Duration.between(Instant.now(), waiting.retryAt()));
            }
        }

        @Override
        public void onUnexpected(Throwable failure) {
            unexpected.add(failure);
        }

        SessionStatus status() {
            return session.status();
        }

        List<Long> ids() {
            return messages.stream().map(Message::id).toList();
        }

        void awaitConnected() {
            await().atMost(PATIENCE).until(() -> status() instanceof SessionStatus.Connected);
        }

        void assertInOrderOnceAndNothingUnexpected() {
            assertThat(ids()).isSorted().doesNotHaveDuplicates();
            assertThat(unexpected).isEmpty();
        }

        @Override
        public void close() {
            session.close();
        }
    }
}
