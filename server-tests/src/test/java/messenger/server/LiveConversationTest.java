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
import messenger.protocol.Conversation;
import messenger.protocol.ConversationEvent;
import messenger.protocol.ErrorCode;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;
import messenger.protocol.Presence;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Pushes;
import messenger.protocol.Results;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.MessengerException;
import messenger.protocol.client.TransferListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits, deletions, reactions, replies, mentions, receipts, notification levels, typing and presence over TCP:
 * every member sees each change once and in order, a late device catches up by sync, and an outsider learns nothing.
 */
@QuarkusTest
class LiveConversationTest {

    private static final Duration PUSH_WAIT = Duration.ofSeconds(10);
    private static final long GENERAL = 1;

    @Inject
    TestServer server;

    @TempDir
    Path folder;

    @Test
    void editsReactionsRepliesAndDeletionReachEveryMemberAndHistoryShowsTheCurrentState() {
        try (TestServer.Device alice = server.newUser("editor"); TestServer.Device bob = server.newUser("reader");
                TestServer.Device carol = server.newUser("stranger")) {
            Conversation room = alice.client().createRoom("live " + alice.login(), null, Conversation.PUBLIC);
            bob.client().joinRoom(room.id());
            PushCollector bobPushes = PushCollector.subscribeAll(bob.client());
            PushCollector carolPushes = PushCollector.subscribeAll(carol.client());
            long cursor = latestId(carol.client());

            Message question = alice.client().send(room.id(), "q", "lunch at noon?", null);
            Message reply = bob.client().send(room.id(), "a", "sure @" + alice.login().toUpperCase() + ", and you?",
                    null, question.id());
            assertThat(reply.replyTo()).isEqualTo(new Message.Quote(question.id(), alice.login(), "lunch at noon?",
                    null, null));
            assertThat(reply.mentions()).containsExactly(alice.login());

            Message edited = alice.client().editMessage(question.id(), "lunch at one, @" + bob.login() + "?");
            assertThat(edited.text()).isEqualTo("lunch at one, @" + bob.login() + "?");
            assertThat(edited.mentions()).containsExactly(bob.login());
            assertThat(edited.edited()).isNotNull();
            assertThat(alice.client().editMessage(question.id(), edited.text())).as("the same text changes nothing")
                    .isEqualTo(edited);
            bob.client().react(question.id(), "👍");
            bob.client().react(question.id(), "🎉");
            bob.client().react(question.id(), "👍");
            alice.client().react(question.id(), "👍");
            bob.client().unreact(question.id(), "🎉");
            bob.client().unreact(question.id(), "🎉");

            List<Message> history = bob.client().history(room.id(), null, 10).messages();
            assertThat(history).extracting(Message::id).containsExactly(question.id(), reply.id());
            assertThat(history.get(0).text()).isEqualTo(edited.text());
            assertThat(history.get(0).reactions()).containsExactly(
                    new Message.Reaction("👍", 2, List.of(bob.login(), alice.login()), true));
            assertThat(history.get(1).replyTo().text()).as("a quote shows the original as it is now")
                    .isEqualTo(edited.text());
            assertThat(bob.client().versions(question.id())).extracting(Results.Version::text)
                    .containsExactly("lunch at noon?");

            alice.client().deleteMessage(question.id());
            alice.client().deleteMessage(question.id());
            List<Message> after = bob.client().history(room.id(), null, 10).messages();
            assertThat(after.get(0)).isEqualTo(new Message(question.id(), alice.login(), question.at(), null, "q", null,
                    room.id(), null, true, null, null, null));
            assertThat(after.get(1).replyTo()).isEqualTo(new Message.Quote(question.id(), alice.login(), null, null,
                    true));
            assertThat(bob.client().versions(question.id())).as("earlier texts go with the message").isEmpty();

            await().atMost(PUSH_WAIT).until(() -> bobPushes.eventKinds().contains(ConversationEvent.DELETED));
            assertThat(bobPushes.events).filteredOn(ConversationEvent::changesAMessage)
                    .extracting(ConversationEvent::kind, ConversationEvent::by, ConversationEvent::emoji)
                    .containsExactly(tuple(ConversationEvent.EDITED, alice.login(), null),
                            tuple(ConversationEvent.REACTED, bob.login(), "👍"),
                            tuple(ConversationEvent.REACTED, bob.login(), "🎉"),
                            tuple(ConversationEvent.REACTED, alice.login(), "👍"),
                            tuple(ConversationEvent.UNREACTED, bob.login(), "🎉"),
                            tuple(ConversationEvent.DELETED, alice.login(), null));
            assertThat(bobPushes.events).filteredOn(event -> event.kind().equals(ConversationEvent.EDITED))
                    .extracting(ConversationEvent::text, ConversationEvent::mentions)
                    .as("an edit tells whom its new text mentions").containsExactly(tuple(edited.text(),
                            List.of(bob.login())));
            assertThat(carolPushes.events).noneMatch(event -> event.conversation() == room.id());

            Results.MessagePage caughtUp = carol.client().syncAll(cursor, 1000);
            assertThat(caughtUp.eventsOrEmpty()).noneMatch(event -> event.conversation() == room.id());
            List<ConversationEvent> replayed = bob.client().syncAll(question.id() - 1, 1000).eventsOrEmpty().stream()
                    .filter(ConversationEvent::changesAMessage).toList();
            assertThat(replayed).extracting(ConversationEvent::id)
                    .containsExactlyElementsOf(bobPushes.events.stream().filter(ConversationEvent::changesAMessage)
                            .map(ConversationEvent::id).toList());
            assertThat(replayed.get(0).text()).as("a deleted message's edits lose their text too").isNull();
            assertThat(replayed.get(0).mentions()).isNull();
        }
    }

    @Test
    void aReaderBeyondTheListedReactorsStillSeesTheirReactionAsTheirs() {
        try (TestServer.Device author = server.newUser("crowd-author");
                TestServer.Device late = server.newUser("late-reactor");
                TestServer.Device onlooker = server.newUser("onlooker")) {
            Conversation room = author.client().createRoom("crowd " + author.login(), null, Conversation.PUBLIC);
            Message message = author.client().send(room.id(), "c", "react, everyone", null);
            for (int i = 0; i < ProtocolRules.REACTORS_SHOWN; i++) {
                try (TestServer.Device early = server.newUser("early-reactor")) {
                    early.client().joinRoom(room.id());
                    early.client().react(message.id(), "👍");
                }
            }
            late.client().joinRoom(room.id());
            late.client().react(message.id(), "👍");
            onlooker.client().joinRoom(room.id());
            long cursor = message.id() - 1;

            Message.Reaction seenByLate = late.client().history(room.id(), null, 10).messages().get(0).reactions().get(0);
            assertThat(seenByLate.count()).isEqualTo(ProtocolRules.REACTORS_SHOWN + 1);
            assertThat(seenByLate.logins()).as("the list is full without them").doesNotContain(late.login());
            assertThat(seenByLate.mine()).isTrue();
            assertThat(late.client().syncAll(cursor, 1000).messages().get(0).reactions().get(0).mine()).isTrue();
            assertThat(late.client().historyAround(room.id(), message.id(), 10).messages().get(0).reactions().get(0)
                    .mine()).as("around a message too").isTrue();
            assertThat(onlooker.client().history(room.id(), null, 10).messages().get(0).reactions().get(0).mine())
                    .as("absent for a reader who did not react").isNull();

            late.client().unreact(message.id(), "👍");
            assertThat(late.client().history(room.id(), null, 10).messages().get(0).reactions().get(0))
                    .isEqualTo(new Message.Reaction("👍", ProtocolRules.REACTORS_SHOWN, seenByLate.logins()));
        }
    }

    @Test
    void onlyTheAuthorEditsOnlyAuthorOrModeratorDeletesAndAnOutsiderIsForbiddenEverything() {
        try (TestServer.Device owner = server.newUser("moderator"); TestServer.Device member = server.newUser("writer");
                TestServer.Device other = server.newUser("bystander"); TestServer.Device outsider = server.newUser("outer")) {
            Conversation room = owner.client().createRoom("moderated " + owner.login(), null, Conversation.PUBLIC);
            member.client().joinRoom(room.id());
            other.client().joinRoom(room.id());
            Message byMember = member.client().send(room.id(), "m1", "mine", null);
            Message second = member.client().send(room.id(), "m2", "also mine", null);
            Message inGeneral = member.client().send(GENERAL, "g1", "hello all", null);

            assertError(() -> other.client().editMessage(byMember.id(), "not yours"), ErrorCode.FORBIDDEN);
            assertError(() -> owner.client().editMessage(byMember.id(), "not even the owner"), ErrorCode.FORBIDDEN);
            assertError(() -> other.client().deleteMessage(byMember.id()), ErrorCode.FORBIDDEN);
            assertError(() -> other.client().deleteMessage(inGeneral.id()), ErrorCode.FORBIDDEN);
            MessengerClient stranger = outsider.client();
            long id = byMember.id();
            assertError(() -> stranger.editMessage(id, "x"), ErrorCode.FORBIDDEN);
            assertError(() -> stranger.deleteMessage(id), ErrorCode.FORBIDDEN);
            assertError(() -> stranger.react(id, "👀"), ErrorCode.FORBIDDEN);
            assertError(() -> stranger.unreact(id, "👀"), ErrorCode.FORBIDDEN);
            assertError(() -> stranger.versions(id), ErrorCode.FORBIDDEN);
            assertError(() -> stranger.historyAround(room.id(), id, 10), ErrorCode.FORBIDDEN);
            assertError(() -> stranger.typing(room.id()), ErrorCode.FORBIDDEN);
            assertError(() -> stranger.receipts(room.id()), ErrorCode.FORBIDDEN);
            assertError(() -> stranger.setNotifications(room.id(), Conversation.NOTIFICATIONS_ALL), ErrorCode.FORBIDDEN);
            assertError(() -> stranger.send(GENERAL, "x", "quoting a secret", null, id), ErrorCode.NOT_FOUND);
            assertError(() -> member.client().editMessage(Long.MAX_VALUE / 2, "x"), ErrorCode.NOT_FOUND);
            assertError(() -> member.client().send(GENERAL, "x2", "cross-posted reply", null, byMember.id()),
                    ErrorCode.NOT_FOUND);
            assertError(() -> member.client().editMessage(byMember.id(), ""), ErrorCode.BAD_REQUEST);
            assertError(() -> member.client().editMessage(byMember.id(), "x".repeat(4097)), ErrorCode.BAD_REQUEST);
            for (String bad : List.of("", "a b", "x".repeat(17), "\n")) {
                assertError(() -> member.client().react(byMember.id(), bad), ErrorCode.BAD_REQUEST);
            }
            for (int i = 0; i < 20; i++) {
                member.client().react(second.id(), "r" + i);
            }
            assertError(() -> other.client().react(second.id(), "r20"), ErrorCode.BAD_REQUEST);
            other.client().react(second.id(), "r19");
            assertThat(member.client().history(room.id(), null, 10).messages()).as("nothing changed").last()
                    .satisfies(message -> assertThat(message.reactions()).hasSize(20));

            owner.client().deleteMessage(byMember.id());
            assertError(() -> member.client().editMessage(byMember.id(), "too late"), ErrorCode.BAD_REQUEST);
            assertError(() -> member.client().react(byMember.id(), "👍"), ErrorCode.BAD_REQUEST);
            member.client().deleteMessage(inGeneral.id());
            assertThat(member.client().history(GENERAL, inGeneral.id() + 1, 1).messages()).singleElement()
                    .satisfies(message -> assertThat(message.isDeleted()).isTrue());
        }
    }

    @Test
    void aFileNoMessagePostsAnyMoreIsGoneForEveryoneItsUploaderIncluded() throws IOException {
        try (TestServer.Device alice = server.newUser("file-poster"); TestServer.Device bob = server.newUser("file-seer")) {
            Conversation dm = alice.client().openDirect(bob.login());
            FileInfo twice = upload(alice.client(), "twice.txt", "posted twice");
            FileInfo once = upload(alice.client(), "once.txt", "posted once");
            Message first = alice.client().send(dm.id(), "f1", null, twice.id());
            alice.client().send(dm.id(), "f2", "again", twice.id());
            Message only = alice.client().send(dm.id(), "f3", null, once.id());

            alice.client().deleteMessage(first.id());
            assertThat(bob.client().fileInfo(twice.id())).as("still posted once").isEqualTo(twice);
            alice.client().deleteMessage(only.id());
            assertError(() -> bob.client().fileInfo(once.id()), ErrorCode.NOT_FOUND);
            assertError(() -> alice.client().fileInfo(once.id()), ErrorCode.NOT_FOUND);
            assertError(() -> alice.client().send(dm.id(), "f4", null, once.id()), ErrorCode.NOT_FOUND);
        }
    }

    @Test
    void mentionsAreCountedUntilReadAndNotificationLevelsFollowTheUsersDevices() {
        try (TestServer.Device alice = server.newUser("mentioner"); TestServer.Device bob = server.newUser("mentioned");
                TestServer.Device bobPhone = server.signIn(bob.login());
                TestServer.Device carol = server.newUser("not-in-room")) {
            Conversation room = alice.client().createRoom("mentions " + alice.login(), null, Conversation.PUBLIC);
            bob.client().joinRoom(room.id());
            PushCollector phone = PushCollector.subscribeAll(bobPhone.client());
            assertThat(bob.client().conversation(room.id()).notifications())
                    .isEqualTo(Conversation.NOTIFICATIONS_MENTIONS);
            assertThat(bob.client().openDirect(alice.login()).notifications())
                    .isEqualTo(Conversation.NOTIFICATIONS_ALL);

            Message both = alice.client().send(room.id(), "m1", "@" + bob.login() + ". and @" + carol.login()
                    + " and email@" + bob.login(), null);
            alice.client().send(room.id(), "m2", "no mention", null);
            Message again = alice.client().send(room.id(), "m3", "(@" + bob.login() + ")", null);
            assertThat(both.mentions()).as("only members, only at a word's start").containsExactly(bob.login());
            assertThat(bob.client().conversation(room.id()).mentions()).isEqualTo(2);
            bob.client().markRead(room.id(), both.id());
            assertThat(bob.client().conversation(room.id()).mentions()).isEqualTo(1);
            alice.client().editMessage(again.id(), "never mind");
            assertThat(bob.client().conversation(room.id()).mentions()).as("an edit takes the mention back").isZero();

            bob.client().setNotifications(room.id(), Conversation.NOTIFICATIONS_ALL);
            bob.client().setNotifications(room.id(), Conversation.NOTIFICATIONS_ALL);
            assertError(() -> bob.client().setNotifications(room.id(), "loud"), ErrorCode.BAD_REQUEST);
            assertThat(bobPhone.client().conversation(room.id()).notifications()).isEqualTo(Conversation.NOTIFICATIONS_ALL);
            await().atMost(PUSH_WAIT).until(() -> phone.eventKinds().contains(ConversationEvent.NOTIFICATIONS));
            assertThat(phone.events).filteredOn(event -> event.kind().equals(ConversationEvent.NOTIFICATIONS))
                    .singleElement().satisfies(event -> assertThat(event.level()).isEqualTo("all"));
            assertThat(alice.client().syncAll(both.id(), 1000).eventsOrEmpty())
                    .as("nobody else learns one's settings").noneMatch(event -> event.kind().equals("notifications"));
        }
    }

    @Test
    void readReceiptsReachTheOtherMemberUnlessSwitchedOffAndNeverInABigRoom() {
        try (TestServer.Device alice = server.newUser("receipt-asker"); TestServer.Device bob = server.newUser("receipt-giver")) {
            Conversation dm = alice.client().openDirect(bob.login());
            PushCollector alicePushes = PushCollector.subscribeAll(alice.client());
            Message first = alice.client().send(dm.id(), "r1", "did you read this?", null);
            Message second = alice.client().send(dm.id(), "r2", "and this?", null);

            bob.client().markRead(dm.id(), first.id());
            await().atMost(PUSH_WAIT).until(() -> alicePushes.eventKinds().contains(ConversationEvent.READ));
            assertThat(alicePushes.events).filteredOn(event -> event.kind().equals(ConversationEvent.READ))
                    .extracting(ConversationEvent::login, ConversationEvent::upTo)
                    .containsExactly(tuple(bob.login(), first.id()));
            assertThat(alice.client().receipts(dm.id())).containsExactly(new Results.Receipt(bob.login(), first.id()));

            assertThat(bob.client().settings(null).receipts()).isTrue();
            assertThat(bob.client().settings(false).receipts()).isFalse();
            bob.client().markRead(dm.id(), second.id());
            assertThat(alice.client().receipts(dm.id())).isEmpty();
            assertThat(alice.client().syncAll(first.id(), 1000).eventsOrEmpty())
                    .as("the receipt given before switching off stays, the later read is not shown")
                    .filteredOn(event -> event.kind().equals(ConversationEvent.READ))
                    .extracting(ConversationEvent::upTo).containsExactly(first.id());
            assertThat(alicePushes.events).filteredOn(event -> event.kind().equals(ConversationEvent.READ)).hasSize(1);
            bob.client().settings(true);

            Conversation big = alice.client().createRoom("big " + alice.login(), null, Conversation.PUBLIC);
            List<TestServer.Device> crowd = new ArrayList<>();
            try {
                for (int i = 0; i < ProtocolRules.RECEIPTS_MAX_MEMBERS; i++) {
                    crowd.add(server.newUser("crowd"));
                    crowd.get(i).client().joinRoom(big.id());
                }
                Message shout = alice.client().send(big.id(), "b1", "hello crowd", null);
                crowd.get(0).client().markRead(big.id(), shout.id());
                crowd.get(crowd.size() - 1).client().leave(big.id());
                assertThat(alice.client().receipts(big.id())).as("20 members: receipts")
                        .containsExactly(new Results.Receipt(crowd.get(0).login(), shout.id()));
                crowd.get(crowd.size() - 1).client().joinRoom(big.id());
                assertThat(alice.client().receipts(big.id())).as("21 members: no receipts").isEmpty();
            } finally {
                crowd.forEach(TestServer.Device::close);
            }
        }
    }

    @Test
    void typingReachesTheOtherMembersOnlyAndIsLimitedPerConnection() {
        try (TestServer.Device alice = server.newUser("typist"); TestServer.Device alicePhone = server.signIn(alice.login());
                TestServer.Device bob = server.newUser("watcher"); TestServer.Device carol = server.newUser("elsewhere")) {
            Conversation dm = alice.client().openDirect(bob.login());
            PushCollector bobPushes = PushCollector.subscribeAll(bob.client());
            PushCollector phone = PushCollector.subscribeAll(alicePhone.client());
            PushCollector carolPushes = PushCollector.subscribeAll(carol.client());

            alice.client().typing(dm.id());
            alice.client().typing(GENERAL);
            await().atMost(PUSH_WAIT).until(() -> bobPushes.typing.size() == 2
                    && carolPushes.typing.contains(new Pushes.TypingPush(GENERAL, alice.login())));
            assertThat(bobPushes.typing).containsExactly(new Pushes.TypingPush(dm.id(), alice.login()),
                    new Pushes.TypingPush(GENERAL, alice.login()));
            assertThat(carolPushes.typing).doesNotContain(new Pushes.TypingPush(dm.id(), alice.login()));
            assertThat(phone.typing).as("not to the typist's own devices").isEmpty();

            assertThatThrownBy(() -> {
                for (int i = 0; i < 10; i++) {
                    alice.client().typing(dm.id());
                }
            }).isInstanceOfSatisfying(MessengerException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                assertThat(e.header().get("retryAfter").getAsInt()).isPositive();
            });
            alicePhone.client().typing(dm.id());
        }
    }

    @Test
    void presenceFollowsConnectionsAndActivity() {
        try (TestServer.Device watcher = server.newUser("presence-watcher")) {
            PushCollector pushes = PushCollector.subscribeAll(watcher.client());
            TestServer.Device alice = server.newUser("present");
            TestServer.Device aliceLaptop = server.signIn(alice.login());
            assertThat(watcher.client().presence(List.of(alice.login(), "nobody-" + alice.login())))
                    .singleElement().satisfies(p -> assertThat(p.status()).isEqualTo(Presence.OFFLINE));

            alice.client().subscribeAll();
            aliceLaptop.client().subscribe();
            alice.client().activity(true);
            aliceLaptop.client().activity(true);
            alice.client().activity(false);
            alice.client().subscribeAll();
            alice.close();
            await().atMost(PUSH_WAIT).until(() -> pushes.presence.stream().filter(p -> p.login().equals(alice.login()))
                    .count() == 4);
            aliceLaptop.close();

            await().atMost(PUSH_WAIT).until(() -> pushes.presence.stream()
                    .anyMatch(p -> p.login().equals(alice.login()) && p.status().equals(Presence.OFFLINE)));
            List<Presence> told = pushes.presence.stream().filter(p -> p.login().equals(alice.login())).toList();
            assertThat(told).as("the laptop, idle, outlasts the phone").extracting(Presence::status)
                    .containsExactly(Presence.ONLINE, Presence.AWAY, Presence.ONLINE, Presence.AWAY, Presence.OFFLINE);
            Presence gone = told.get(4);
            assertThat(gone.lastSeen()).isNotNull();
            assertThat(watcher.client().presence(List.of(alice.login().toUpperCase(), watcher.login())))
                    .containsExactly(new Presence(alice.login(), Presence.OFFLINE, gone.lastSeen()),
                            new Presence(watcher.login(), Presence.ONLINE, null));
            assertError(() -> watcher.client().presence(List.of()), ErrorCode.BAD_REQUEST);
            assertError(() -> watcher.client().presence(List.of("no spaces allowed")), ErrorCode.BAD_REQUEST);
        }
    }

    @Test
    void historyAroundAMessageShowsItInContext() {
        try (TestServer.Device alice = server.newUser("around")) {
            Conversation room = alice.client().createRoom("around " + alice.login(), null, Conversation.PUBLIC);
            List<Message> sent = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                sent.add(alice.client().send(room.id(), "a" + i, "message " + i, null));
            }
            Results.MessagePage page = alice.client().historyAround(room.id(), sent.get(10).id(), 10);
            assertThat(page.messages()).containsExactlyElementsOf(sent.subList(5, 15));
            assertThat(page.hasMore()).isTrue();
            assertThat(page.hasNewer()).isTrue();
            Results.MessagePage end = alice.client().historyAround(room.id(), sent.get(28).id(), 10);
            assertThat(end.messages()).containsExactlyElementsOf(sent.subList(23, 30));
            assertThat(end.hasNewer()).isFalse();
            assertError(() -> alice.client().historyAround(GENERAL, sent.get(0).id(), 10), ErrorCode.NOT_FOUND);
        }
    }

    @Test
    void historyAroundTwoLongMessagesFitsInOneHeader() {
        try (TestServer.Device alice = server.newUser("long-around")) {
            Conversation room = alice.client().createRoom("long around " + alice.login(), null, Conversation.PUBLIC);
            String controls = "\u0001".repeat(ProtocolRules.TEXT_MAX);
            Message first = alice.client().send(room.id(), "l1", controls, null);
            Message second = alice.client().send(room.id(), "l2", controls, null);
            reactWithEveryEmojiByCrowdsOfLongLogins(room, first, second);

            Results.MessagePage aroundSecond = alice.client().historyAround(room.id(), second.id(), 10);
            assertThat(aroundSecond.messages()).extracting(Message::id).containsExactly(second.id());
            assertThat(aroundSecond.hasMore()).as("the first was left out to fit").isTrue();
            assertThat(aroundSecond.hasNewer()).isFalse();
            Results.MessagePage aroundFirst = alice.client().historyAround(room.id(), first.id(), 10);
            assertThat(aroundFirst.messages()).extracting(Message::id).containsExactly(first.id());
            assertThat(aroundFirst.hasNewer()).as("the second was left out to fit").isTrue();
        }
    }

    @Test
    void theVersionsOfALongEditedMessageComeInPagesThatFitInOneHeader() {
        try (TestServer.Device alice = server.newUser("long-edits")) {
            Conversation room = alice.client().createRoom("long edits " + alice.login(), null, Conversation.PUBLIC);
            List<String> texts = new ArrayList<>();
            for (char control = 1; control <= 5; control++) {
                texts.add(String.valueOf(control).repeat(ProtocolRules.TEXT_MAX));
            }
            Message message = alice.client().send(room.id(), "e", texts.get(0), null);
            for (String text : texts.subList(1, texts.size())) {
                alice.client().editMessage(message.id(), text);
            }
            List<String> earlier = texts.subList(0, texts.size() - 1);

            assertThat(alice.client().versions(message.id())).extracting(Results.Version::text)
                    .as("every earlier text, a page at a time").containsExactlyElementsOf(earlier);
            Results.Versions newest = alice.client().versions(message.id(), null, null);
            assertThat(newest.versions()).extracting(Results.Version::text).as("the newest two fit, oldest first")
                    .containsExactlyElementsOf(earlier.subList(2, 4));
            assertThat(newest.hasMore()).isTrue();
            Results.Versions older = alice.client().versions(message.id(), newest.versions().get(0).id(), null);
            assertThat(older.versions()).extracting(Results.Version::text)
                    .containsExactlyElementsOf(earlier.subList(0, 2));
            assertThat(older.hasMore()).isFalse();
            Results.Versions one = alice.client().versions(message.id(), null, 1);
            assertThat(one.versions()).extracting(Results.Version::text).containsExactly(earlier.get(3));
            assertThat(one.hasMore()).isTrue();
            assertError(() -> alice.client().versions(message.id(), null, ProtocolRules.VERSIONS_MAX_LIMIT + 1),
                    ErrorCode.BAD_REQUEST);
        }
    }

    /** Makes each message about 40 KB long in JSON: 20 emoji, each by 20 users with logins of the longest kind. */
    private void reactWithEveryEmojiByCrowdsOfLongLogins(Conversation room, Message... messages) {
        String prefix = "x".repeat(ProtocolRules.LOGIN_MAX - TestServer.uniqueLogin("").length());
        for (int user = 0; user < ProtocolRules.REACTORS_SHOWN; user++) {
            try (TestServer.Device reactor = server.newUser(prefix)) {
                reactor.client().joinRoom(room.id());
                for (Message message : messages) {
                    for (int emoji = 0; emoji < ProtocolRules.REACTIONS_PER_MESSAGE_MAX; emoji++) {
                        reactor.client().react(message.id(), "r" + emoji);
                    }
                }
            }
        }
    }

    private static long latestId(MessengerClient client) {
        return client.conversations(null, 1).cursor();
    }

    private FileInfo upload(MessengerClient client, String name, String content) throws IOException {
        Path file = Files.writeString(folder.resolve(name), content);
        return client.upload(file, name, TransferListener.NONE);
    }
}
