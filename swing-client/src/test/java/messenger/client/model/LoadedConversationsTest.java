package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import messenger.protocol.Message;
import org.junit.jupiter.api.Test;

class LoadedConversationsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);

    private final LoadedConversations loaded = new LoadedConversations("alice", CLOCK, 2);
    private final List<Long> forgotten = new ArrayList<>();

    @Test
    void aConversationOpenedForTheFirstTimeHasItsNewestPageToLoad() {
        Conversation opened = loaded.open(1);

        assertThat(opened.messages()).isEmpty();
        assertThat(opened.hasOlder()).isTrue();
        assertThat(loaded.open(1)).isSameAs(opened);
    }

    @Test
    void messagesGoOnlyIntoTheirOwnLoadedConversation() {
        Conversation general = loaded.open(1);
        Conversation design = loaded.open(2);

        loaded.receive(List.of(message(10, 1), message(11, 2), message(12, 3)));

        assertThat(general.messages()).extracting(ChatMessage::id).containsExactly(10L);
        assertThat(design.messages()).extracting(ChatMessage::id).containsExactly(11L);
    }

    @Test
    void openingOneTooManyForgetsTheOneOpenedLongestAgo() {
        loaded.onForgotten(forgotten::add);
        loaded.open(1);
        loaded.open(2);
        loaded.open(1);

        loaded.open(3);

        assertThat(forgotten).containsExactly(2L);
        assertThat(loaded.get(2)).isEmpty();
        assertThat(loaded.get(1)).isPresent();
    }

    @Test
    void aRefusalReachesThePendingMessageWhereverItWasWritten() {
        loaded.open(1);
        Conversation design = loaded.open(2);
        ChatMessage pending = design.addPending("too long", null);

        loaded.fail(pending.clientMsgId(), "Too long.");

        assertThat(design.messages()).extracting(ChatMessage::delivery).containsExactly(Delivery.FAILED);
    }

    @Test
    void theOkOfOurMessageConfirmsItInItsConversation() {
        Conversation design = loaded.open(2);
        ChatMessage pending = design.addPending("hello", null);

        loaded.confirm(new Message(5, "alice", "2026-12-04T12:00:00Z", "hello", pending.clientMsgId(), null, 2L));

        assertThat(design.messages()).extracting(ChatMessage::id, ChatMessage::delivery)
                .containsExactly(tuple(5L, Delivery.SENT));
    }

    @Test
    void aConversationLeftIsForgotten() {
        loaded.onForgotten(forgotten::add);
        loaded.open(2);

        loaded.forget(2);
        loaded.forget(2);

        assertThat(forgotten).containsExactly(2L);
    }

    private static Message message(long id, long conversation) {
        return new Message(id, "bob", "2026-12-04T12:00:00Z", "text " + id, "c" + id, null, conversation);
    }
}
