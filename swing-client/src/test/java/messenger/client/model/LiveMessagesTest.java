package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import messenger.protocol.ConversationEvent;
import messenger.protocol.Message;
import messenger.protocol.Message.Reaction;
import messenger.protocol.ProtocolRules;
import org.junit.jupiter.api.Test;

/** Edits, deletions, reactions and read receipts applied to the loaded messages of a conversation. */
class LiveMessagesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    /** A full list of reactors, the reader not among them. */
    private static final List<String> TWENTY = IntStream.rangeClosed(1, ProtocolRules.REACTORS_SHOWN)
            .mapToObj(i -> "user" + i).toList();

    private final Conversation conversation = new Conversation("alice", Clock.fixed(NOW, ZoneOffset.UTC));
    private long eventIds = 1000;

    @Test
    void anEditReplacesTheTextMarksItEditedAndKeepsTheMentionsStillThere() {
        conversation.receive(message(1, "bob", "hi @alice and @carol", List.of("alice", "carol")));

        conversation.apply(event(ConversationEvent.EDITED, "bob", 1, "hi @carol", null));

        ChatMessage edited = only();
        assertThat(edited.text()).isEqualTo("hi @carol");
        assertThat(edited.edited()).isTrue();
        assertThat(edited.mentions()).containsExactly("carol");
    }

    @Test
    void anEditTakesTheMentionsTheServerResolved() {
        conversation.receive(message(1, "bob", "hi", null));

        conversation.apply(new ConversationEvent(++eventIds, 7, ConversationEvent.EDITED, "bob", null, NOW.toString(),
                null, null, null, null, 1L, "hi @dave and @nobody", null, null, List.of("dave")));

        assertThat(only().mentions()).containsExactly("dave");
    }

    @Test
    void anOlderServersEditThatNowMentionsTheReaderMentionsThem() {
        conversation.receive(message(1, "bob", "hi", null));

        conversation.apply(event(ConversationEvent.EDITED, "bob", 1, "hi @Alice", null));

        assertThat(only().mentions("alice")).isTrue();
    }

    @Test
    void aDeletionLeavesAPlaceholderAndRepliesQuoteItAsDeleted() {
        conversation.receive(message(1, "bob", "lunch?", null));
        conversation.receive(new Message(2, "carol", NOW.toString(), "yes", "c2", null, 7L, null, null,
                new Message.Quote(1, "bob", "lunch?", null, null), null, null));

        conversation.apply(event(ConversationEvent.DELETED, "bob", 1, null, null));
        conversation.apply(event(ConversationEvent.DELETED, "bob", 1, null, null));

        ChatMessage placeholder = conversation.messages().get(0);
        assertThat(placeholder.deleted()).isTrue();
        assertThat(placeholder.text()).isNull();
        assertThat(conversation.messages().get(1).replyTo().deleted()).isTrue();
        assertThat(Quotes.shown(conversation.messages().get(1).replyTo())).isEqualTo("message deleted");
    }

    @Test
    void reactionsCountOncePerPersonWhateverTheOrderOfHistoryAndEvents() {
        conversation.receive(new Message(1, "bob", NOW.toString(), "hi", "c1", null, 7L, null, null, null,
                List.of(new Reaction("👍", 1, List.of("carol"))), null));

        conversation.apply(event(ConversationEvent.REACTED, "carol", 1, null, "👍"));
        conversation.apply(event(ConversationEvent.REACTED, "dave", 1, null, "👍"));
        conversation.apply(event(ConversationEvent.REACTED, "dave", 1, null, "🎉"));

        assertThat(only().reactions()).containsExactly(new Reaction("👍", 2, List.of("carol", "dave")),
                new Reaction("🎉", 1, List.of("dave")));

        conversation.apply(event(ConversationEvent.UNREACTED, "dave", 1, null, "🎉"));
        conversation.apply(event(ConversationEvent.UNREACTED, "dave", 1, null, "🎉"));
        conversation.apply(event(ConversationEvent.UNREACTED, "carol", 1, null, "👍"));

        assertThat(only().reactions()).containsExactly(new Reaction("👍", 1, List.of("dave")));
        assertThat(only().hasReacted("dave", "👍")).isTrue();
    }

    @Test
    void theReaderBeyondTheListedReactorsTakesTheirReactionBackOnce() {
        receiveReactedTo(new Reaction("👍", 21, TWENTY, true));
        assertThat(only().hasReacted("alice", "👍")).as("marked as the reader's by the server").isTrue();

        conversation.apply(event(ConversationEvent.UNREACTED, "alice", 1, null, "👍"));

        assertThat(only().reactions()).containsExactly(new Reaction("👍", 20, TWENTY));
        assertThat(only().hasReacted("alice", "👍")).isFalse();
    }

    @Test
    void theReadersOwnReactionToAFullListIsTheirsThoughNotListed() {
        receiveReactedTo(new Reaction("👍", 20, TWENTY));

        conversation.apply(event(ConversationEvent.REACTED, "alice", 1, null, "👍"));
        conversation.apply(event(ConversationEvent.REACTED, "alice", 1, null, "👍"));

        assertThat(only().reactions()).containsExactly(new Reaction("👍", 21, TWENTY, true));
        assertThat(only().hasReacted("alice", "👍")).isTrue();
    }

    @Test
    void anEventAboutAMessageNotLoadedChangesNothing() {
        conversation.receive(message(5, "bob", "hi", null));

        conversation.apply(event(ConversationEvent.EDITED, "bob", 4, "old one", null));

        assertThat(only().text()).isEqualTo("hi");
    }

    @Test
    void eachOtherMemberIsSeenUnderTheNewestMessageTheyHaveRead() {
        conversation.receive(List.of(message(1, "alice", "a", null), message(3, "alice", "b", null),
                message(6, "alice", "c", null)));

        conversation.receipts(Map.of("bob", 3L, "carol", 5L, "alice", 6L));

        assertThat(seenBy()).containsExactly(List.of(), List.of("bob", "carol"), List.of());

        conversation.read("bob", 6);
        conversation.read("carol", 1);

        assertThat(seenBy()).containsExactly(List.of(), List.of("carol"), List.of("bob"));
    }

    @Test
    void aPendingReplyQuotesTheMessageItAnswers() {
        conversation.receive(message(1, "bob", "lunch?", null));

        ChatMessage reply = conversation.addPending("yes", null, Quotes.of(only()));

        assertThat(reply.replyTo()).isEqualTo(new Message.Quote(1, "bob", "lunch?", null, null));
    }

    private List<List<String>> seenBy() {
        return conversation.messages().stream().map(ChatMessage::seenBy).toList();
    }

    private ChatMessage only() {
        assertThat(conversation.messages()).hasSize(1);
        return conversation.messages().get(0);
    }

    /** Message 1, with this one reaction. */
    private void receiveReactedTo(Reaction reaction) {
        conversation.receive(new Message(1, "bob", NOW.toString(), "hi", "c1", null, 7L, null, null, null,
                List.of(reaction), null));
    }

    private static Message message(long id, String from, String text, List<String> mentions) {
        return new Message(id, from, NOW.plusSeconds(id).toString(), text, "c" + id, null, 7L, null, null, null,
                null, mentions);
    }

    private ConversationEvent event(String kind, String by, long message, String text, String emoji) {
        return new ConversationEvent(++eventIds, 7, kind, by, null, NOW.toString(), null, null, null, null, message,
                text, emoji, null, null);
    }
}
