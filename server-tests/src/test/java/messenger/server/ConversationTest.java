package messenger.server;

import static messenger.server.RequestErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import messenger.protocol.Conversation;
import messenger.protocol.ConversationEvent;
import messenger.protocol.ErrorCode;
import messenger.protocol.FileInfo;
import messenger.protocol.Member;
import messenger.protocol.Message;
import messenger.protocol.PublicRoom;
import messenger.protocol.Results;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.MessengerException;
import messenger.protocol.client.TransferListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rooms, direct conversations, members, read markers, and what an outsider can learn of them: nothing. */
@QuarkusTest
class ConversationTest {

    private static final Duration PUSH_WAIT = Duration.ofSeconds(10);
    private static final long GENERAL = 1;

    @Inject
    TestServer server;

    @TempDir
    Path folder;

    @Test
    void membersOfARoomGetItsMessagesAndEventsAndNobodyElseDoes() {
        try (TestServer.Device alice = server.newUser("room-owner"); TestServer.Device bob = server.newUser("room-guest");
                TestServer.Device carol = server.newUser("outsider"); TestServer.Device old = server.newUser("legacy")) {
            PushCollector alicePushes = PushCollector.subscribeAll(alice.client());
            PushCollector bobPushes = PushCollector.subscribeAll(bob.client());
            PushCollector carolPushes = PushCollector.subscribeAll(carol.client());
            PushCollector oldPushes = new PushCollector();
            old.client().setPushListener(oldPushes);
            old.client().subscribe();

            Conversation room = alice.client().createRoom("Design " + alice.login(), "the new logo", Conversation.PUBLIC);
            assertThat(room.kind()).isEqualTo(Conversation.ROOM);
            assertThat(room.role()).isEqualTo(Conversation.OWNER);
            assertThat(room.members()).isEqualTo(1);
            assertThat(room.topic()).isEqualTo("the new logo");
            Conversation joined = bob.client().joinRoom(room.id());
            assertThat(joined.members()).isEqualTo(2);
            assertThat(joined.role()).isEqualTo(Conversation.MEMBER);
            Message inRoom = bob.client().send(room.id(), "r-1", "hello room", null);
            Message inGeneral = alice.client().send("g-1", "hello everyone", null);

            assertThat(inRoom.conversation()).isEqualTo(room.id());
            assertThat(inGeneral.conversation()).isEqualTo(GENERAL);
            for (PushCollector member : List.of(alicePushes, bobPushes)) {
                await().atMost(PUSH_WAIT).until(() -> member.ids().contains(inGeneral.id()));
                assertThat(member.ids()).as("in id order, each once").containsSubsequence(inRoom.id(), inGeneral.id())
                        .containsOnlyOnce(inRoom.id());
            }
            await().atMost(PUSH_WAIT).until(() -> carolPushes.ids().contains(inGeneral.id())
                    && oldPushes.ids().contains(inGeneral.id()));
            assertThat(carolPushes.ids()).doesNotContain(inRoom.id());
            assertThat(carolPushes.events).noneMatch(event -> event.conversation() == room.id());
            assertThat(oldPushes.ids()).doesNotContain(inRoom.id());
            assertThat(oldPushes.events).as("an older client gets no events").isEmpty();
            assertThat(alicePushes.events).filteredOn(event -> event.conversation() == room.id())
                    .extracting(ConversationEvent::kind, ConversationEvent::login)
                    .containsExactly(tuple(ConversationEvent.CREATED, null),
                            tuple(ConversationEvent.JOINED, bob.login()));
        }
    }

    @Test
    void anOutsiderLearnsNothingOfAPrivateRoomNotEvenThatItExists() throws IOException {
        try (TestServer.Device alice = server.newUser("private-owner");
                TestServer.Device carol = server.newUser("private-outsider")) {
            Conversation secret = alice.client().createRoom("secret", null, Conversation.PRIVATE);
            FileInfo plan = upload(alice.client(), "plan.txt", "the plan");
            Message posted = alice.client().send(secret.id(), "s-1", "see the plan", plan.id());
            MessengerClient outsider = carol.client();

            assertAnsweredAsNoSuchConversation(secret.id(), id -> outsider.send(id, "c-1", "let me in", null));
            assertAnsweredAsNoSuchConversation(secret.id(), id -> outsider.history(id, null, 10));
            assertAnsweredAsNoSuchConversation(secret.id(), id -> outsider.historyAround(id, posted.id(), 10));
            assertAnsweredAsNoSuchConversation(secret.id(), id -> outsider.members(id, null, 10));
            assertAnsweredAsNoSuchConversation(secret.id(), id -> outsider.markRead(id, posted.id()));
            assertAnsweredAsNoSuchConversation(secret.id(), outsider::conversation);
            assertAnsweredAsNoSuchConversation(secret.id(), outsider::joinRoom);
            assertAnsweredAsNoSuchConversation(secret.id(), id -> outsider.invite(id, carol.login()));
            assertAnsweredAsNoSuchConversation(secret.id(), outsider::leave);
            assertAnsweredAsNoSuchConversation(secret.id(), outsider::typing);
            assertAnsweredAsNoSuchConversation(secret.id(), outsider::receipts);
            assertAnsweredAsNoSuchMessage(posted.id(), outsider::versions);
            assertAnsweredAsNoSuchMessage(posted.id(), id -> outsider.react(id, "👍"));
            assertAnsweredAsNoSuchMessage(posted.id(), id -> outsider.editMessage(id, "mine now"));
            assertAnsweredAsNoSuchMessage(posted.id(), outsider::deleteMessage);
            assertError(() -> outsider.fileInfo(plan.id()), ErrorCode.NOT_FOUND);
            assertError(() -> outsider.send("c-2", "forwarding it", plan.id()), ErrorCode.NOT_FOUND);
            assertError(() -> outsider.fileInfo(Long.MAX_VALUE / 2), ErrorCode.NOT_FOUND);
            assertThat(outsider.syncAll(posted.id() - 1, 100).messages()).extracting(Message::id)
                    .doesNotContain(posted.id());
            assertThat(outsider.browseRooms("secret", null, 100).rooms()).extracting(PublicRoom::id)
                    .doesNotContain(secret.id());
            assertThat(outsider.conversations(null, 100).conversations()).extracting(Conversation::id)
                    .doesNotContain(secret.id());

            assertThat(alice.client().history(secret.id(), null, 10).messages()).containsExactly(posted);
            assertThat(alice.client().members(secret.id(), null, 10).members())
                    .containsExactly(new Member(alice.login(), Conversation.OWNER));
            alice.client().invite(secret.id(), carol.login());
            assertThat(outsider.fileInfo(plan.id())).as("a member reads the files posted there").isEqualTo(plan);
            assertThat(outsider.history(secret.id(), null, 10).messages()).containsExactly(posted);
        }
    }

    /** Someone who has left a private room is an outsider again, also for their own messages there. */
    @Test
    void someoneWhoLeftAPrivateRoomIsAnsweredAsIfItDidNotExist() throws IOException {
        try (TestServer.Device alice = server.newUser("left-owner"); TestServer.Device bob = server.newUser("left-one")) {
            Conversation room = alice.client().createRoom("was mine too", null, Conversation.PRIVATE);
            alice.client().invite(room.id(), bob.login());
            FileInfo agenda = upload(alice.client(), "agenda.txt", "the agenda");
            alice.client().send(room.id(), "l-0", "the agenda", agenda.id());
            Message mine = bob.client().send(room.id(), "l-1", "my notes", null);
            assertThat(bob.client().fileInfo(agenda.id())).as("while a member").isEqualTo(agenda);
            bob.client().leave(room.id());
            MessengerClient left = bob.client();

            assertAnsweredAsNoSuchMessage(mine.id(), id -> left.editMessage(id, "changed"));
            assertAnsweredAsNoSuchMessage(mine.id(), left::deleteMessage);
            assertAnsweredAsNoSuchMessage(mine.id(), id -> left.react(id, "👍"));
            assertAnsweredAsNoSuchMessage(mine.id(), left::versions);
            assertAnsweredAsNoSuchConversation(room.id(), id -> left.markRead(id, mine.id()));
            assertAnsweredAsNoSuchConversation(room.id(), left::receipts);
            assertAnsweredAsNoSuchConversation(room.id(), left::typing);
            assertAnsweredAsNoSuchConversation(room.id(), left::leave);
            assertError(() -> left.fileInfo(agenda.id()), ErrorCode.NOT_FOUND);
            assertThat(alice.client().history(room.id(), null, 10).messages()).extracting(Message::id)
                    .contains(mine.id());
        }
    }

    /** Answered exactly as a conversation id that matches nothing: same code, same text. */
    private static void assertAnsweredAsNoSuchConversation(long id, LongConsumer call) {
        assertAnsweredAsMissing(id, call, "no conversation with id " + id);
    }

    private static void assertAnsweredAsNoSuchMessage(long id, LongConsumer call) {
        assertAnsweredAsMissing(id, call, "no message with id " + id);
    }

    private static void assertAnsweredAsMissing(long id, LongConsumer call, String missing) {
        assertThatThrownBy(() -> call.accept(id)).isInstanceOfSatisfying(MessengerException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
            assertThat(e.getMessage()).contains(missing);
        });
    }

    @Test
    void aResentClientMsgIdShowsSomeoneWhoLeftNothingOfTheRoom() {
        try (TestServer.Device alice = server.newUser("resend-owner"); TestServer.Device bob = server.newUser("resend-leaver")) {
            Conversation room = alice.client().createRoom("plans", null, Conversation.PRIVATE);
            alice.client().invite(room.id(), bob.login());
            Message posted = bob.client().send(room.id(), "r-1", "my idea", null);
            assertThat(bob.client().send(room.id(), "r-1", "my idea", null)).as("a member's resend").isEqualTo(posted);

            bob.client().leave(room.id());

            assertError(() -> bob.client().send(room.id(), "r-1", "my idea", null), ErrorCode.NOT_FOUND);
            assertError(() -> bob.client().send("r-1", "my idea", null), ErrorCode.NOT_FOUND);
            assertThat(alice.client().history(room.id(), null, 10).messages()).containsExactly(posted);
            assertThat(bob.client().history(null, 100).messages()).as("nothing stored in general instead")
                    .noneMatch(message -> message.from().equals(bob.login()));
            alice.client().invite(room.id(), bob.login());
            assertThat(bob.client().send(room.id(), "r-1", "my idea", null)).as("a member again").isEqualTo(posted);
        }
    }

    @Test
    void aRemovedMemberStopsGettingTheRoomOnEveryDeviceAtOnce() {
        try (TestServer.Device alice = server.newUser("remover"); TestServer.Device bobPhone = server.newUser("removed");
                TestServer.Device bobLaptop = server.signIn(bobPhone.login())) {
            Conversation room = alice.client().createRoom("team", null, Conversation.PRIVATE);
            alice.client().invite(room.id(), bobPhone.login());
            PushCollector phone = PushCollector.subscribeAll(bobPhone.client());
            PushCollector laptop = PushCollector.subscribeAll(bobLaptop.client());
            Message before = alice.client().send(room.id(), "b-1", "still with us", null);

            alice.client().removeMember(room.id(), bobPhone.login());
            Message after = alice.client().send(room.id(), "b-2", "gone now", null);
            Message general = alice.client().send("b-3", "in general", null);

            for (PushCollector device : List.of(phone, laptop)) {
                await().atMost(PUSH_WAIT).until(() -> device.ids().contains(general.id()));
                assertThat(device.ids()).contains(before.id()).doesNotContain(after.id());
                assertThat(device.events).filteredOn(event -> event.conversation() == room.id())
                        .extracting(ConversationEvent::kind).endsWith(ConversationEvent.REMOVED);
            }
            assertError(() -> bobPhone.client().history(room.id(), null, 10), ErrorCode.NOT_FOUND);
            assertError(() -> bobLaptop.client().send(room.id(), "b-4", "hello?", null), ErrorCode.NOT_FOUND);
            Results.MessagePage catchUp = bobLaptop.client().syncAll(before.id(), 100);
            assertThat(catchUp.messages()).extracting(Message::id).doesNotContain(after.id());
            assertThat(catchUp.eventsOrEmpty()).extracting(ConversationEvent::kind).contains(ConversationEvent.REMOVED);
        }
    }

    @Test
    void rolesDecideWhoMayRemoveRenameAndPromote() {
        try (TestServer.Device owner = server.newUser("owner"); TestServer.Device admin = server.newUser("admin");
                TestServer.Device member = server.newUser("member")) {
            Conversation room = owner.client().createRoom("roles", null, Conversation.PUBLIC);
            admin.client().joinRoom(room.id());
            member.client().joinRoom(room.id());
            assertError(() -> admin.client().setRole(room.id(), member.login(), Conversation.ADMIN), ErrorCode.FORBIDDEN);
            owner.client().setRole(room.id(), admin.login(), Conversation.ADMIN);

            assertError(() -> member.client().updateRoom(room.id(), "mine now", null), ErrorCode.FORBIDDEN);
            assertError(() -> member.client().removeMember(room.id(), admin.login()), ErrorCode.FORBIDDEN);
            assertError(() -> admin.client().removeMember(room.id(), owner.login()), ErrorCode.FORBIDDEN);
            Conversation renamed = admin.client().updateRoom(room.id(), "roles and rules", "who may do what");
            assertThat(renamed.name()).isEqualTo("roles and rules");
            assertThat(renamed.topic()).isEqualTo("who may do what");
            admin.client().removeMember(room.id(), member.login());
            assertThat(owner.client().members(room.id(), null, 10).members()).containsExactlyInAnyOrder(
                    new Member(owner.login(), Conversation.OWNER), new Member(admin.login(), Conversation.ADMIN));

            owner.client().leave(room.id());
            assertThat(admin.client().conversation(room.id()).role()).as("the admin inherits the room")
                    .isEqualTo(Conversation.OWNER);
            admin.client().leave(room.id());
            assertThat(owner.client().browseRooms("roles and", null, 100).rooms())
                    .as("a room nobody is in is kept").extracting(PublicRoom::id, PublicRoom::members)
                    .contains(tuple(room.id(), 0));
        }
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        try (TestServer.Device alice = server.newUser("careful"); TestServer.Device bob = server.newUser("careful-too")) {
            MessengerClient client = alice.client();
            Conversation room = client.createRoom("keep", "as it is", Conversation.PUBLIC);
            assertError(() -> client.createRoom("x".repeat(65), null, null), ErrorCode.BAD_REQUEST);
            assertError(() -> client.createRoom("   ", null, null), ErrorCode.BAD_REQUEST);
            assertError(() -> client.createRoom("ok", "t".repeat(251), null), ErrorCode.BAD_REQUEST);
            assertError(() -> client.createRoom("ok", null, "secret"), ErrorCode.BAD_REQUEST);
            assertError(() -> client.updateRoom(room.id(), "", null), ErrorCode.BAD_REQUEST);
            assertError(() -> client.invite(room.id(), "nobody-" + alice.login()), ErrorCode.NOT_FOUND);
            assertError(() -> client.invite(Long.MAX_VALUE / 2, bob.login()), ErrorCode.NOT_FOUND);
            assertError(() -> client.openDirect(alice.login()), ErrorCode.BAD_REQUEST);
            assertError(() -> client.openDirect("nobody-" + alice.login()), ErrorCode.NOT_FOUND);
            assertError(() -> client.leave(GENERAL), ErrorCode.BAD_REQUEST);
            assertError(() -> client.updateRoom(GENERAL, "mine", null), ErrorCode.BAD_REQUEST);
            assertError(() -> client.setRole(room.id(), bob.login(), Conversation.OWNER), ErrorCode.BAD_REQUEST);
            assertError(() -> client.send(Long.MAX_VALUE / 2, "x-1", "into the void", null), ErrorCode.NOT_FOUND);
            bob.client().joinRoom(room.id());
            bob.client().leave(room.id());
            assertError(() -> bob.client().leave(room.id()), ErrorCode.FORBIDDEN);

            Conversation unchanged = client.conversation(room.id());
            assertThat(unchanged.name()).isEqualTo("keep");
            assertThat(unchanged.topic()).isEqualTo("as it is");
            assertThat(unchanged.members()).isEqualTo(1);
            assertThat(client.history(room.id(), null, 10).messages()).isEmpty();
        }
    }

    @Test
    void thereIsOneDirectConversationPerPairAndOnlyTheTwoSeeIt() {
        try (TestServer.Device alice = server.newUser("dm-a"); TestServer.Device bob = server.newUser("dm-b");
                TestServer.Device carol = server.newUser("dm-c")) {
            PushCollector bobPushes = PushCollector.subscribeAll(bob.client());
            Conversation fromAlice = alice.client().openDirect(bob.login());
            Conversation again = alice.client().openDirect(bob.login().toUpperCase());
            Conversation fromBob = bob.client().openDirect(alice.login());

            assertThat(again.id()).isEqualTo(fromAlice.id());
            assertThat(fromBob.id()).isEqualTo(fromAlice.id());
            assertThat(fromAlice.kind()).isEqualTo(Conversation.DIRECT);
            assertThat(fromAlice.name()).isEqualTo(bob.login());
            assertThat(fromBob.name()).isEqualTo(alice.login());
            assertThat(fromAlice.members()).isEqualTo(2);
            Message hello = alice.client().send(fromAlice.id(), "d-1", "just us", null);
            await().atMost(PUSH_WAIT).until(() -> bobPushes.ids().contains(hello.id()));
            assertThat(bobPushes.events).filteredOn(event -> event.conversation() == fromAlice.id())
                    .extracting(ConversationEvent::kind).containsExactly(ConversationEvent.CREATED);
            assertAnsweredAsNoSuchConversation(fromAlice.id(), id -> carol.client().history(id, null, 10));
            assertAnsweredAsNoSuchConversation(fromAlice.id(), id -> carol.client().joinRoom(id));
            assertError(() -> alice.client().invite(fromAlice.id(), carol.login()), ErrorCode.BAD_REQUEST);
            assertError(() -> alice.client().leave(fromAlice.id()), ErrorCode.BAD_REQUEST);
        }
    }

    @Test
    void onlyGeneralIsMarkedAsGeneralEvenBesideARoomOfTheSameName() {
        try (TestServer.Device alice = server.newUser("gen-a"); TestServer.Device bob = server.newUser("gen-b")) {
            Conversation namesake = alice.client().createRoom("general", null, Conversation.PUBLIC);
            Conversation direct = alice.client().openDirect(bob.login());

            List<Conversation> listed = alice.client().conversations(null, 100).conversations();
            assertThat(listed).filteredOn(Conversation::isGeneral).extracting(Conversation::id)
                    .containsExactly(GENERAL);
            assertThat(listed).filteredOn(c -> c.id() == namesake.id() || c.id() == direct.id())
                    .extracting(Conversation::general).containsOnlyNulls().hasSize(2);
            assertThat(alice.client().conversation(GENERAL).isGeneral()).isTrue();
            assertThat(namesake.general()).isNull();
        }
    }

    @Test
    void readingOnOneDeviceClearsTheCountOnTheOthers() {
        try (TestServer.Device alice = server.newUser("unread-a"); TestServer.Device bobPhone = server.newUser("unread-b");
                TestServer.Device bobLaptop = server.signIn(bobPhone.login())) {
            Conversation dm = alice.client().openDirect(bobPhone.login());
            PushCollector laptop = PushCollector.subscribeAll(bobLaptop.client());
            List<Message> sent = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sent.add(alice.client().send(dm.id(), "u-" + i, "unread " + i, null));
            }
            Conversation seen = bobPhone.client().conversation(dm.id());
            assertThat(seen.unread()).isEqualTo(3);
            assertThat(seen.lastMessage()).isEqualTo(sent.get(2));
            assertThat(alice.client().conversation(dm.id()).unread()).as("one's own messages are read").isZero();

            long marker = bobPhone.client().markRead(dm.id(), sent.get(1).id());
            assertThat(marker).isEqualTo(sent.get(1).id());
            assertThat(bobPhone.client().markRead(dm.id(), 1)).as("never moves back").isEqualTo(marker);
            assertThat(bobPhone.client().markRead(dm.id(), Long.MAX_VALUE)).as("stops at the newest")
                    .isEqualTo(sent.get(2).id());
            await().atMost(PUSH_WAIT).until(() -> laptop.eventKinds().stream()
                    .filter(ConversationEvent.READ::equals).count() == 2);
            assertThat(laptop.events).filteredOn(event -> ConversationEvent.READ.equals(event.kind()))
                    .extracting(ConversationEvent::upTo).containsExactly(sent.get(1).id(), sent.get(2).id());
            assertThat(bobLaptop.client().conversation(dm.id()).unread()).isZero();
        }
    }

    @Test
    void aDeviceThatWasAwayCatchesUpOnEveryConversationOnceAndInOrder() {
        try (TestServer.Device alice = server.newUser("away-a"); TestServer.Device bob = server.newUser("away-b")) {
            long cursor = bob.client().conversations(null, 100).cursor();
            Conversation room = alice.client().createRoom("catch-up", null, Conversation.PUBLIC);
            alice.client().invite(room.id(), bob.login());
            Conversation dm = alice.client().openDirect(bob.login());
            List<Long> expected = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                expected.add(alice.client().send(room.id(), "c-r" + i, "room " + i, null).id());
                expected.add(alice.client().send(dm.id(), "c-d" + i, "dm " + i, null).id());
                expected.add(alice.client().send("c-g" + i, "general " + i, null).id());
            }
            alice.client().updateRoom(room.id(), "caught up", null);

            List<Long> seen = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            Results.MessagePage page;
            do {
                page = bob.client().syncAll(cursor, 4);
                assertThat(page.messages().size() + page.eventsOrEmpty().size()).isLessThanOrEqualTo(4);
                page.messages().forEach(message -> seen.add(message.id()));
                page.eventsOrEmpty().forEach(event -> kinds.add(event.kind()));
                cursor = java.util.stream.Stream.concat(page.messages().stream().map(Message::id),
                        page.eventsOrEmpty().stream().map(ConversationEvent::id)).mapToLong(Long::longValue)
                        .max().orElse(cursor);
            } while (page.hasMore());

            assertThat(seen).containsAll(expected).doesNotHaveDuplicates().isSorted();
            assertThat(kinds).containsSubsequence(ConversationEvent.JOINED, ConversationEvent.CREATED,
                    ConversationEvent.RENAMED);
            assertThat(bob.client().conversations(null, 100).conversations()).extracting(Conversation::id)
                    .contains(GENERAL, room.id(), dm.id());
        }
    }

    @Test
    void usersAndPublicRoomsAreFoundByTheStartOfTheirName() {
        try (TestServer.Device alice = server.newUser("finder"); TestServer.Device bob = server.newUser("findme")) {
            String prefix = bob.login().substring(0, bob.login().length() - 2).toUpperCase();
            assertThat(alice.client().findUsers(prefix, 10)).containsExactly(bob.login());
            assertThat(alice.client().findUsers("%", 10)).as("wildcards are plain characters").isEmpty();
            Conversation room = bob.client().createRoom("Findable " + bob.login(), null, Conversation.PUBLIC);
            assertThat(alice.client().browseRooms("findable " + bob.login(), null, 10).rooms())
                    .containsExactly(new PublicRoom(room.id(), room.name(), null, 1, false));
            assertError(() -> alice.client().findUsers("", 10), ErrorCode.BAD_REQUEST);
        }
    }

    private FileInfo upload(MessengerClient client, String name, String content) throws IOException {
        Path file = Files.writeString(folder.resolve(name), content);
        return client.upload(file, name, TransferListener.NONE);
    }
}
