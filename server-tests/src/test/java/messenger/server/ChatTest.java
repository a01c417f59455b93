package messenger.server;

import static messenger.server.RequestErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import messenger.protocol.Conversation;
import messenger.protocol.ErrorCode;
import messenger.protocol.Frame;
import messenger.protocol.Message;
import messenger.protocol.Requests;
import messenger.protocol.Results;
import messenger.protocol.Results.MessagePage;
import messenger.protocol.client.MessengerClient;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChatTest {

    private static final Duration PUSH_WAIT = Duration.ofSeconds(10);

    @Inject
    TestServer server;

    @Test
    void oneMessageReachesEveryDeviceOfEveryUserWithOneId() {
        try (TestServer.Device alicePhone = server.newUser("alice");
                TestServer.Device aliceLaptop = server.signIn(alicePhone.login());
                TestServer.Device bob = server.newUser("bob")) {
            List<PushCollector> inboxes = new ArrayList<>();
            for (TestServer.Device device : List.of(alicePhone, aliceLaptop, bob)) {
                PushCollector inbox = new PushCollector();
                device.client().setPushListener(inbox);
                device.client().subscribe();
                inboxes.add(inbox);
            }

            Message sent = alicePhone.client().send("m-1", "hello everyone", null);

            assertThat(sent.from()).isEqualTo(alicePhone.login());
            assertThat(sent.text()).isEqualTo("hello everyone");
            assertThat(sent.clientMsgId()).isEqualTo("m-1");
            for (PushCollector inbox : inboxes) {
                await().atMost(PUSH_WAIT).until(() -> inbox.ids().contains(sent.id()));
                assertThat(inbox.messages).filteredOn(m -> m.id() == sent.id()).containsExactly(sent);
            }
        }
    }

    @Test
    void repeatingASendReturnsTheFirstMessageAndStoresNothingNew() {
        try (TestServer.Device alice = server.newUser("idem"); TestServer.Device bob = server.newUser("idem-other")) {
            PushCollector pushes = new PushCollector();
            bob.client().setPushListener(pushes);
            bob.client().subscribe();
            Message first = alice.client().send("same-id", "once", null);
            Message again = alice.client().send("same-id", "once", null);
            Message otherUsersSameId = bob.client().send("same-id", "a different message", null);

            assertThat(again).isEqualTo(first);
            assertThat(otherUsersSameId.id()).isNotEqualTo(first.id());
            await().atMost(PUSH_WAIT).until(() -> pushes.ids().contains(otherUsersSameId.id()));
            assertThat(pushes.ids()).as("the repeat is not pushed again").containsOnlyOnce(first.id());
            MessagePage newest = alice.client().history(null, 10);
            assertThat(newest.messages()).filteredOn(m -> m.clientMsgId().equals("same-id")).hasSize(2)
                    .as("the time stored, with milliseconds even when they are 0")
                    .allSatisfy(m -> assertThat(m.at()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"))
                    .contains(first);
        }
    }

    @Test
    void repeatingASendReturnsTheFirstMessageAsItIsNowWithItsLiveFields() {
        try (TestServer.Device alice = server.newUser("idem-live"); TestServer.Device bob = server.newUser("idem-to")) {
            Conversation room = alice.client().createRoom("idem " + alice.login(), null, Conversation.PUBLIC);
            bob.client().joinRoom(room.id());
            Message question = bob.client().send(room.id(), "q", "coffee?", null);
            String text = "yes @" + bob.login();
            Message reply = alice.client().send(room.id(), "r", text, null, question.id());
            assertThat(reply.replyTo()).isNotNull();
            assertThat(reply.mentions()).containsExactly(bob.login());

            assertThat(alice.client().send(room.id(), "r", text, null, question.id())).isEqualTo(reply);
            Message edited = alice.client().editMessage(reply.id(), "tea, @" + bob.login());
            bob.client().react(reply.id(), "👍");
            alice.client().react(reply.id(), "👍");
            Message asAliceSeesIt = alice.client().history(room.id(), null, 10).messages().get(1);
            assertThat(asAliceSeesIt.edited()).isEqualTo(edited.edited());
            assertThat(asAliceSeesIt.reactions()).singleElement().satisfies(reaction -> assertThat(reaction.mine())
                    .isTrue());
            assertThat(alice.client().send(room.id(), "r", text, null, question.id())).isEqualTo(asAliceSeesIt);
            assertThat(alice.client().allConversations().conversations()).filteredOn(c -> c.id() == room.id())
                    .singleElement().satisfies(listed -> assertThat(listed.lastMessage()).isEqualTo(asAliceSeesIt));

            alice.client().deleteMessage(reply.id());
            Message placeholder = alice.client().send(room.id(), "r", text, null, question.id());
            assertThat(placeholder.isDeleted()).isTrue();
            assertThat(placeholder).isEqualTo(alice.client().history(room.id(), null, 10).messages().get(1));
        }
    }

    @Test
    void oneClientMsgIdSentByTwoDevicesOfAUserAtOnceIsStoredOnce() {
        try (TestServer.Device phone = server.newUser("idem-race");
                TestServer.Device laptop = server.signIn(phone.login())) {
            for (int round = 0; round < 10; round++) {
                Requests.Send same = new Requests.Send("both-" + round, "typed on two devices", null);
                CompletableFuture<Frame> fromPhone = phone.client().call("send", same, null);
                CompletableFuture<Frame> fromLaptop = laptop.client().call("send", same, null);
                Message onPhone = MessengerClient.result(phone.client().await(fromPhone), Results.Sent.class).message();
                Message onLaptop = MessengerClient.result(laptop.client().await(fromLaptop), Results.Sent.class).message();
                assertThat(onLaptop).isEqualTo(onPhone);
            }
        }
    }

    @Test
    void clientMsgIdsAreComparedExactly() {
        try (TestServer.Device alice = server.newUser("exact")) {
            Message plain = alice.client().send("pad", "one", null);
            Message trailingSpace = alice.client().send("pad ", "two", null);
            Message upperCase = alice.client().send("PAD", "three", null);
            assertThat(List.of(plain.id(), trailingSpace.id(), upperCase.id())).doesNotHaveDuplicates();
            assertThat(alice.client().send("pad ", "two", null)).isEqualTo(trailingSpace);
            assertThat(alice.client().send("é😀", "four", null).clientMsgId()).isEqualTo("é😀");
        }
    }

    @Test
    void sendValidatesItsFields() {
        try (TestServer.Device alice = server.newUser("send-rules")) {
            MessengerClient client = alice.client();
            assertError(() -> client.send(null, "no id", null), ErrorCode.BAD_REQUEST);
            assertError(() -> client.send("x".repeat(65), "id too long", null), ErrorCode.BAD_REQUEST);
            assertError(() -> client.send("empty", null, null), ErrorCode.BAD_REQUEST);
            assertError(() -> client.send("too-long", "a".repeat(4_097), null), ErrorCode.BAD_REQUEST);
            assertError(() -> client.send("no-file", null, 999_999_999L), ErrorCode.NOT_FOUND);
            assertError(() -> client.request("send", new WrongTypes(List.of(1), "text")), ErrorCode.BAD_REQUEST);
            String longest = "😀".repeat(4_096);
            assertThat(client.send("longest", longest, null).text()).isEqualTo(longest);
        }
    }

    record WrongTypes(List<Integer> clientMsgId, String text) {
    }

    @Test
    void historyPagesTenAtATimeInAscendingOrder() {
        try (TestServer.Device alice = server.newUser("pages")) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                ids.add(alice.client().send("p-" + i, "message " + i, null).id());
            }
            long end = ids.get(ids.size() - 1) + 1;

            MessagePage newest = alice.client().history(end, 10);
            MessagePage older = alice.client().history(newest.messages().get(0).id(), 10);

            assertThat(newest.messages()).extracting(Message::id).containsExactlyElementsOf(ids.subList(15, 25));
            assertThat(newest.hasMore()).isTrue();
            assertThat(older.messages()).extracting(Message::id).containsExactlyElementsOf(ids.subList(5, 15));
            assertThat(older.hasMore()).isTrue();
            assertThat(alice.client().history(ids.get(0), 10).messages()).extracting(Message::id)
                    .allMatch(id -> id < ids.get(0));
            assertThat(alice.client().history(1L, 10)).isEqualTo(new MessagePage(List.of(), false));
            assertError(() -> alice.client().history(null, 101), ErrorCode.BAD_REQUEST);
            assertError(() -> alice.client().history(null, 0), ErrorCode.BAD_REQUEST);
        }
    }

    @Test
    void historyPagesAreCutToFitTheHeaderLimitAndSayThereIsMore() {
        try (TestServer.Device alice = server.newUser("big")) {
            String big = "€".repeat(4_000);
            long last = 0;
            for (int i = 0; i < 12; i++) {
                last = alice.client().send("big-" + i, big, null).id();
            }
            MessagePage page = alice.client().history(last + 1, 12);
            assertThat(page.messages()).isNotEmpty().hasSizeLessThan(12);
            assertThat(page.hasMore()).isTrue();
            assertThat(page.messages().get(page.messages().size() - 1).id()).isEqualTo(last);
        }
    }

    @Test
    void syncAfterACursorMissesNothingWhileFourConnectionsSend() throws Exception {
        int senders = 4;
        int perSender = 50;
        List<TestServer.Device> devices = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try (TestServer.Device reader = server.newUser("reader")) {
            PushCollector pushes = new PushCollector();
            reader.client().setPushListener(pushes);
            reader.client().subscribe();
            long cursor = latestId(reader.client());
            for (int s = 0; s < senders; s++) {
                devices.add(server.newUser("sender" + s));
            }

            List<Future<List<Long>>> acked = new ArrayList<>();
            for (TestServer.Device device : devices) {
                acked.add(pool.submit(() -> {
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < perSender; i++) {
                        ids.add(device.client().send("c-" + i, device.login() + " " + i, null).id());
                    }
                    return ids;
                }));
            }
            // The reader syncs while the senders send: a message committed with an id below the cursor it has
            // already passed would never reach it.
            List<Long> synced = new ArrayList<>();
            long after = cursor;
            boolean sendersDone = false;
            MessagePage page;
            do {
                sendersDone = sendersDone || acked.stream().allMatch(Future::isDone);
                page = reader.client().sync(after, 7);
                page.messages().forEach(m -> synced.add(m.id()));
                if (!page.messages().isEmpty()) {
                    after = page.messages().get(page.messages().size() - 1).id();
                }
            } while (page.hasMore() || !sendersDone);
            List<Long> allAcked = new ArrayList<>();
            for (Future<List<Long>> ids : acked) {
                allAcked.addAll(ids.get());
            }

            assertThat(synced).containsAll(allAcked).doesNotHaveDuplicates().isSorted();
            await().atMost(PUSH_WAIT).until(() -> pushes.ids().containsAll(allAcked));
            assertThat(pushes.ids()).as("pushes arrive in id order").isSorted().doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
            devices.forEach(TestServer.Device::close);
        }
    }

    @Test
    void pipelinedSendsAreStoredAndAnsweredInRequestOrderBeforeTheNextOtherRequest() {
        try (TestServer.Device alice = server.newUser("pipeline")) {
            MessengerClient client = alice.client();
            List<Long> answeredRequests = Collections.synchronizedList(new ArrayList<>());
            List<CompletableFuture<Frame>> sends = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                sends.add(record(client.call("send", new Requests.Send("pipe-" + i, "message " + i, null), null),
                        answeredRequests));
            }
            CompletableFuture<Frame> history = record(client.call("history", new Requests.History(null, 40), null),
                    answeredRequests);

            List<Message> stored = sends.stream()
                    .map(reply -> MessengerClient.result(client.await(reply), Results.Sent.class).message())
                    .toList();
            MessagePage page = MessengerClient.result(client.await(history), MessagePage.class);

            assertThat(answeredRequests).as("replies leave in request order").isSorted().hasSize(41);
            assertThat(stored).extracting(Message::clientMsgId)
                    .containsExactlyElementsOf(IntStream.range(0, 40).mapToObj(i -> "pipe-" + i).toList());
            assertThat(stored).extracting(Message::id).as("ids follow the request order").isSorted();
            assertThat(page.messages()).as("a request after sends sees them all").containsExactlyElementsOf(stored);
        }
    }

    private static CompletableFuture<Frame> record(CompletableFuture<Frame> reply, List<Long> answeredRequests) {
        return reply.whenComplete((frame, failure) -> answeredRequests.add(frame.header().get("re").getAsLong()));
    }

    @Test
    void syncValidatesItsCursor() {
        try (TestServer.Device alice = server.newUser("sync-rules")) {
            assertError(() -> alice.client().request("sync", null), ErrorCode.BAD_REQUEST);
            assertError(() -> alice.client().sync(-1, 10), ErrorCode.BAD_REQUEST);
            assertError(() -> alice.client().sync(0, 1_001), ErrorCode.BAD_REQUEST);
            assertThat(alice.client().sync(Long.MAX_VALUE - 1, 10)).isEqualTo(new MessagePage(List.of(), false));
        }
    }

    @Test
    void withoutALimitHistoryReturnsTenAndSyncAHundred() {
        try (TestServer.Device alice = server.newUser("defaults")) {
            MessengerClient client = alice.client();
            long cursor = latestId(client);
            List<CompletableFuture<Frame>> sends = IntStream.range(0, 101)
                    .mapToObj(i -> client.call("send", new Requests.Send("d-" + i, "default " + i, null), null))
                    .toList();
            sends.forEach(client::await);

            MessagePage history = MessengerClient.result(client.request("history", new Requests.History(null, null)),
                    MessagePage.class);
            MessagePage sync = MessengerClient.result(client.request("sync", new Requests.Sync(cursor, null)),
                    MessagePage.class);

            assertThat(history.messages()).hasSize(10);
            assertThat(history.hasMore()).isTrue();
            assertThat(sync.messages()).hasSize(100);
            assertThat(sync.hasMore()).isTrue();
        }
    }

    private static long latestId(MessengerClient client) {
        List<Message> newest = client.history(null, 1).messages();
        return newest.isEmpty() ? 0 : newest.get(0).id();
    }
}
