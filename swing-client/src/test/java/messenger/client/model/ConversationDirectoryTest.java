package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import messenger.protocol.Conversation;
import messenger.protocol.Message;
import org.junit.jupiter.api.Test;

class ConversationDirectoryTest {

    private final ConversationDirectory directory = new ConversationDirectory("alice");
    private final List<String> lost = new ArrayList<>();

    @Test
    void roomsAndDirectsAreApartEachMostRecentlyActiveFirst() {
        directory.replaceAll(List.of(room(1, "general", "2026-12-04T09:00:00Z"), room(2, "design", "2026-12-04T10:00:00Z"),
                direct(3, "bob", "2026-12-04T08:00:00Z"), direct(4, "carol", "2026-12-04T11:00:00Z")));

        ConversationDirectory.Snapshot snapshot = directory.snapshot();

        assertThat(snapshot.rooms()).extracting(ConversationSummary::name).containsExactly("design", "general");
        assertThat(snapshot.directs()).extracting(ConversationSummary::name).containsExactly("carol", "bob");
    }

    @Test
    void aMessageOfAnotherMovesItsConversationToTheTopAndCountsUnread() {
        directory.replaceAll(List.of(room(1, "general", "2026-12-04T09:00:00Z"), room(2, "design", "2026-12-04T10:00:00Z")));

        directory.received(List.of(message(10, 1, "bob", "2026-12-04T12:00:00Z")));

        ConversationDirectory.Snapshot snapshot = directory.snapshot();
        assertThat(snapshot.rooms()).extracting(ConversationSummary::name).containsExactly("general", "design");
        assertThat(snapshot.rooms().get(0).unread()).isEqualTo(1);
        assertThat(snapshot.rooms().get(0).isUnread()).isTrue();
        assertThat(snapshot.unread()).isEqualTo(1);
    }

    @Test
    void ourOwnMessagesAndThoseListedAlreadyAreNotUnread() {
        directory.replaceAll(List.of(withLastMessage(room(1, "general", "2026-12-04T09:00:00Z"), 7, 2)));

        directory.received(List.of(message(6, 1, "bob", "2026-12-04T08:59:00Z"), message(7, 1, "bob", "2026-12-04T09:00:00Z"),
                message(8, 1, "ALICE", "2026-12-04T12:00:00Z")));

        assertThat(directory.snapshot().unread()).isEqualTo(2);
        assertThat(directory.get(1).orElseThrow().lastMessageId()).isEqualTo(8);
    }

    @Test
    void messagesOfConversationsItDoesNotKnowAreReturnedToBeAskedFor() {
        directory.replaceAll(List.of(room(1, "general", "2026-12-04T09:00:00Z")));

        assertThat(directory.received(List.of(message(10, 5, "bob", "2026-12-04T12:00:00Z"),
                message(11, 5, "bob", "2026-12-04T12:00:01Z")))).containsExactly(5L);
    }

    @Test
    void readingToTheNewestClearsTheCountAndReadingLessAsksTheServer() {
        directory.replaceAll(List.of(withLastMessage(room(1, "general", "2026-12-04T09:00:00Z"), 20, 3)));

        assertThat(directory.read(1, 15)).as("messages after 15 may be unread").isTrue();
        assertThat(directory.get(1).orElseThrow().unread()).isEqualTo(3);
        assertThat(directory.read(1, 20)).isFalse();
        assertThat(directory.get(1).orElseThrow().unread()).isZero();
        assertThat(directory.read(1, 12)).as("the marker never goes back").isFalse();
        assertThat(directory.get(1).orElseThrow().readUpTo()).isEqualTo(20);
    }

    @Test
    void aMessageAtOrBeforeTheMarkerIsNotUnread() {
        directory.replaceAll(List.of(room(1, "general", "2026-12-04T09:00:00Z")));
        directory.read(1, 30);

        directory.received(List.of(message(25, 1, "bob", "2026-12-04T12:00:00Z")));

        assertThat(directory.snapshot().unread()).isZero();
    }

    @Test
    void renamesAndTopicsChangeTheEntry() {
        directory.replaceAll(List.of(room(1, "design", "2026-12-04T09:00:00Z")));

        directory.renamed(1, "branding");
        directory.topicChanged(1, "logos");

        assertThat(directory.get(1).orElseThrow()).extracting(ConversationSummary::name, ConversationSummary::topic)
                .containsExactly("branding", "logos");
    }

    @Test
    void aRemovedConversationLeavesTheListAndItsListenersHearWhy() {
        directory.replaceAll(List.of(room(1, "general", "2026-12-04T09:00:00Z"), room(2, "design", "2026-12-04T10:00:00Z")));
        directory.addListener(new ConversationDirectory.Listener() {
            @Override
            public void changed(ConversationDirectory.Snapshot snapshot) {
            }

            @Override
            public void lost(ConversationSummary conversation, String why) {
                lost.add(conversation.name() + ": " + why);
            }
        });

        directory.remove(2, "You were removed.");
        directory.remove(2, "twice");

        assertThat(directory.snapshot().rooms()).extracting(ConversationSummary::name).containsExactly("general");
        assertThat(lost).containsExactly("design: You were removed.");
    }

    @Test
    void theOldestConversationIsGeneral() {
        directory.replaceAll(List.of(room(9, "design", "2026-12-04T10:00:00Z"), room(1, "general", "2026-12-04T09:00:00Z")));

        assertThat(directory.oldest().orElseThrow().name()).isEqualTo("general");
    }

    @Test
    void putReplacesWhatTheServerSaysNow() {
        directory.replaceAll(List.of(room(1, "general", "2026-12-04T09:00:00Z")));

        directory.put(new Conversation(1, Conversation.ROOM, "general", "", Conversation.PUBLIC, 5,
                Conversation.MEMBER, null, "2026-12-04T09:00:00Z", 4, 0));

        assertThat(directory.get(1).orElseThrow()).extracting(ConversationSummary::members, ConversationSummary::unread)
                .containsExactly(5, 4);
    }

    @Test
    void mentionsOfTheUserAreCountedApartUntilRead() {
        directory.replaceAll(List.of(room(1, "general", "2026-12-04T09:00:00Z")));

        directory.received(List.of(mentioning(10, "bob", "alice"), mentioning(11, "bob", "carol"),
                mentioning(12, "alice", "alice"), message(13, 1, "bob", "2026-12-04T12:00:00Z")));

        assertThat(directory.get(1).orElseThrow()).extracting(ConversationSummary::unread,
                ConversationSummary::mentions).containsExactly(3, 1);
        directory.read(1, 13);
        assertThat(directory.get(1).orElseThrow().mentions()).isZero();
    }

    @Test
    void theNotificationLevelDecidesWhichMessagesNotify() {
        directory.replaceAll(List.of(room(1, "general", "2026-12-04T09:00:00Z"),
                direct(2, "bob", "2026-12-04T09:00:00Z")));
        ConversationSummary room = directory.get(1).orElseThrow();
        ConversationSummary chat = directory.get(2).orElseThrow();

        assertThat(room.notifiesOf(mentioning(10, "bob", "alice"), "alice")).as("rooms: mentions").isTrue();
        assertThat(room.notifiesOf(message(11, 1, "bob", "2026-12-04T12:00:00Z"), "alice")).isFalse();
        assertThat(chat.notifiesOf(message(12, 2, "bob", "2026-12-04T12:00:00Z"), "alice")).as("directs: all").isTrue();
        assertThat(chat.notifiesOf(message(13, 2, "alice", "2026-12-04T12:00:00Z"), "alice")).as("own").isFalse();

        directory.notificationsChanged(1, Conversation.NOTIFICATIONS_NONE);

        assertThat(directory.get(1).orElseThrow().notifiesOf(mentioning(14, "bob", "alice"), "alice")).isFalse();
    }

    private static Message mentioning(long id, String from, String mentioned) {
        return new Message(id, from, "2026-12-04T12:00:00Z", "hi @" + mentioned, "c" + id, null, 1L, null, null,
                null, null, List.of(mentioned));
    }

    static Conversation room(long id, String name, String lastActivity) {
        return new Conversation(id, Conversation.ROOM, name, null, Conversation.PUBLIC, 3, Conversation.MEMBER, null,
                lastActivity, 0, 0);
    }

    static Conversation direct(long id, String other, String lastActivity) {
        return new Conversation(id, Conversation.DIRECT, other, null, null, 2, Conversation.MEMBER, null,
                lastActivity, 0, 0);
    }

    private static Conversation withLastMessage(Conversation conversation, long lastId, int unread) {
        return new Conversation(conversation.id(), conversation.kind(), conversation.name(), conversation.topic(),
                conversation.visibility(), conversation.members(), conversation.role(),
                message(lastId, conversation.id(), "bob", conversation.lastActivity()), conversation.lastActivity(),
                unread, 0);
    }

    private static Message message(long id, long conversation, String from, String at) {
        return new Message(id, from, at, "text " + id, "c" + id, null, conversation);
    }
}
