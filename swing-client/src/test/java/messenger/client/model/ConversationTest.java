package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;
import messenger.protocol.Results.MessagePage;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ConversationTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final Conversation conversation = new Conversation("alice", Clock.fixed(NOW, ZoneOffset.UTC));
    private final RecordingListener events = new RecordingListener();

    @Test
    void keepsMessagesInIdOrderWhateverOrderTheyArriveIn() {
        conversation.receive(List.of(message(5, "bob", "five"), message(2, "bob", "two")));
        conversation.receive(message(9, "carol", "nine"));
        conversation.receive(message(7, "bob", "seven"));

        assertThat(ids()).containsExactly(2L, 5L, 7L, 9L);
    }

    @Test
    void showsAMessageOnceWhenSyncAndPushBothDeliverIt() {
        conversation.receive(message(1, "bob", "hi"));
        conversation.receive(List.of(message(1, "bob", "hi"), message(2, "bob", "again")));
        conversation.receive(message(2, "bob", "again"));

        assertThat(ids()).containsExactly(1L, 2L);
    }

    @Test
    void aPageFromElsewhereReplacesWhatIsLoadedAndLiveMessagesWaitForTheNewerPages() {
        conversation.receive(List.of(message(90, "bob", "new"), message(91, "bob", "newer")));

        conversation.replaceWith(new MessagePage(List.of(message(10, "bob", "old"), message(11, "bob", "found")), null,
                true, true));
        conversation.receive(message(92, "bob", "live"));
        ChatMessage written = conversation.addPending("written meanwhile", null);
        conversation.confirm(mine(94, written.clientMsgId(), "written meanwhile"));

        assertThat(ids()).containsExactly(10L, 11L);
        assertThat(conversation.pending()).isEmpty();
        assertThat(conversation.hasNewer()).isTrue();
        assertThat(conversation.hasOlder()).isTrue();

        conversation.addNewer(new MessagePage(List.of(message(11, "bob", "found"), message(12, "bob", "next"),
                message(92, "bob", "live")), null, false, true));

        assertThat(ids()).containsExactly(10L, 11L, 12L, 92L);
        assertThat(conversation.hasNewer()).isTrue();

        conversation.addNewer(new MessagePage(List.of(message(94, "alice", "written meanwhile")), null, false,
                false));

        assertThat(ids()).containsExactly(10L, 11L, 12L, 92L, 94L);
        assertThat(conversation.hasNewer()).isFalse();
        conversation.receive(message(95, "bob", "live again"));
        assertThat(ids()).containsExactly(10L, 11L, 12L, 92L, 94L, 95L);
    }

    /**
     * Writing while reading far back loads the newest page and sends at once: the server may read that page just
     * before it stores the message, whose {@code ok} then comes while the page is on its way.
     */
    @Test
    void whatArrivesWhileTheNewestPageLoadsFollowsItWhenThePageLacksIt() {
        conversation.replaceWith(new MessagePage(List.of(message(10, "bob", "found")), null, true, true));
        ChatMessage written = conversation.addPending("about that", null);
        conversation.confirm(mine(31, written.clientMsgId(), "about that"));
        conversation.receive(message(32, "bob", "answer"));

        conversation.replaceWith(new MessagePage(List.of(message(29, "bob", "a"), message(30, "bob", "newest")), null,
                true, false));

        assertThat(ids()).containsExactly(29L, 30L, 31L, 32L);
        assertThat(conversation.pending()).isEmpty();
        conversation.receive(message(31, "alice", "about that"));
        assertThat(ids()).containsExactly(29L, 30L, 31L, 32L);
    }

    @Test
    void newestIdIsTheHighestStored() {
        conversation.receive(List.of(message(3, "bob", "a"), message(8, "bob", "b")));
        conversation.receive(message(4, "bob", "late"));
        conversation.addPending("not stored yet", null);

        assertThat(conversation.newestId()).isEqualTo(8);
    }

    @Test
    void pendingMessageShowsAtOnceAfterTheStoredOnes() {
        conversation.receive(message(1, "bob", "hi"));
        ChatMessage pending = conversation.addPending("hello bob", null);

        assertThat(conversation.messages()).last().isEqualTo(pending);
        assertThat(pending.delivery()).isEqualTo(Delivery.PENDING);
        assertThat(pending.at()).isEqualTo(NOW);
        assertThat(conversation.pending()).containsExactly(pending);
    }

    @Test
    void confirmationReplacesThePendingCopy() {
        conversation.receive(message(1, "bob", "hi"));
        ChatMessage pending = conversation.addPending("hello", null);
        conversation.addListener(events);

        conversation.confirm(mine(6, pending.clientMsgId(), "hello"));

        assertThat(conversation.messages()).extracting(ChatMessage::id, ChatMessage::delivery)
                .containsExactly(tuple(1L, Delivery.SENT),
                        tuple(6L, Delivery.SENT));
        assertThat(conversation.pending()).isEmpty();
        assertThat(conversation.newestId()).isEqualTo(6);
        assertThat(events.log).containsExactly("reset 2 hasOlder false", "changed 1");
    }

    @Test
    void ourMessageArrivingByPushBeforeTheOkIsShownOnce() {
        ChatMessage pending = conversation.addPending("hello", null);

        conversation.receive(mine(4, pending.clientMsgId(), "hello"));
        conversation.confirm(mine(4, pending.clientMsgId(), "hello"));

        assertThat(ids()).containsExactly(4L);
        assertThat(conversation.pending()).isEmpty();
    }

    @Test
    void confirmedMessageMovesBeforeMessagesWithHigherIds() {
        ChatMessage pending = conversation.addPending("mine", null);
        conversation.receive(message(7, "bob", "arrived while ours was pending"));

        conversation.confirm(mine(6, pending.clientMsgId(), "mine"));

        assertThat(ids()).containsExactly(6L, 7L);
    }

    @Test
    void stillPendingMessagesAreTheOnesToResendInTheOrderWritten() {
        ChatMessage first = conversation.addPending("one", null);
        ChatMessage second = conversation.addPending("two", null);
        ChatMessage third = conversation.addPending(null, new FileInfo(3, "a.txt", 3, "00"));

        conversation.confirm(mine(10, first.clientMsgId(), "one"));
        conversation.fail(third.clientMsgId(), "The server no longer has this.");

        assertThat(conversation.pending()).containsExactly(second);
        assertThat(conversation.messages()).last().satisfies(failed -> {
            assertThat(failed.delivery()).isEqualTo(Delivery.FAILED);
            assertThat(failed.problem()).isEqualTo("The server no longer has this.");
        });
    }

    @Test
    void aRefusedMessageRestoredShowsNotSentAndOneShownPendingIsMarkedSo() {
        conversation.restorePending("c-1", NOW, "waiting", null);
        conversation.receive(mine(6, "c-3", "stored after all"));

        conversation.restoreFailed("c-1", NOW, "waiting", null, "The room is gone.");
        conversation.restoreFailed("c-2", NOW, "too long", null, "The text is too long.");
        conversation.restoreFailed("c-3", NOW, "stored after all", null, "stale");

        assertThat(conversation.messages()).extracting(ChatMessage::clientMsgId, ChatMessage::delivery,
                ChatMessage::problem).containsExactly(tuple("c-3", Delivery.SENT, null),
                tuple("c-1", Delivery.FAILED, "The room is gone."), tuple("c-2", Delivery.FAILED, "The text is too long."));
        assertThat(conversation.pending()).isEmpty();
    }

    @Test
    void aRefusedMessageTriedAgainIsPendingOnceMoreAndOneDiscardedLeaves() {
        ChatMessage first = conversation.addPending("one", null);
        ChatMessage second = conversation.addPending("two", null);
        conversation.fail(first.clientMsgId(), "no");
        conversation.fail(second.clientMsgId(), "no");
        conversation.addListener(events);

        assertThat(conversation.retry(first.clientMsgId())).isTrue();
        conversation.discard(second.clientMsgId());
        conversation.confirm(mine(8, first.clientMsgId(), "one"));

        assertThat(conversation.retry(first.clientMsgId())).isFalse();
        assertThat(conversation.messages()).extracting(ChatMessage::id, ChatMessage::delivery)
                .containsExactly(tuple(8L, Delivery.SENT));
        assertThat(events.log).containsExactly("reset 2 hasOlder false", "changed 0", "removed 1", "changed 0");
    }

    @Test
    void aPendingMessageRestoredAfterTheServerConfirmedItIsNotShownAgain() {
        conversation.receive(mine(6, "c-1", "hello"));

        conversation.restorePending("c-1", NOW, "hello", null);

        assertThat(ids()).containsExactly(6L);
        assertThat(conversation.pending()).isEmpty();
    }

    @Test
    void aRestoredPendingMessageGoesWhenThePageHoldingItLoads() {
        conversation.restorePending("c-1", NOW, "hello", null);
        conversation.addListener(events);

        conversation.addOlder(new MessagePage(List.of(message(5, "bob", "hi"), mine(6, "c-1", "hello")), false));
        conversation.confirm(mine(6, "c-1", "hello"));

        assertThat(ids()).containsExactly(5L, 6L);
        assertThat(conversation.pending()).isEmpty();
        assertThat(events.log).containsExactly("reset 1 hasOlder false", "removed 0", "inserted 0 x2");
    }

    @Test
    void aReSentMessageOlderThanTheLoadedStretchWaitsForItsPageAsItIsNow() {
        conversation.restorePending("c-1", NOW, "hello", null);
        conversation.replaceWith(new MessagePage(List.of(message(29, "bob", "a"), message(30, "bob", "newest")), null,
                true, false));

        // the answer to a send repeated after a lost one: the message as first stored, long ago
        conversation.confirm(mine(6, "c-1", "hello"));

        assertThat(ids()).containsExactly(29L, 30L);
        assertThat(conversation.pending()).isEmpty();
        assertThat(conversation.hasOlder()).isTrue();
    }

    @Test
    void aRestoredPendingMessageGoesWhenAPageFromElsewhereHoldsIt() {
        conversation.restorePending("c-1", NOW, "hello", null);
        ChatMessage stillPending = conversation.addPending("not sent yet", null);

        conversation.replaceWith(new MessagePage(List.of(mine(6, "c-1", "hello")), null, false, false));

        assertThat(conversation.messages()).extracting(ChatMessage::id, ChatMessage::delivery)
                .containsExactly(tuple(6L, Delivery.SENT), tuple(0L, Delivery.PENDING));
        assertThat(conversation.pending()).containsExactly(stillPending);
    }

    @Test
    void aPendingMessageRestoredWhileNewerPagesLoadIsNotShownWhenItWaitsForThem() {
        conversation.replaceWith(new MessagePage(List.of(message(10, "bob", "old")), null, false, true));
        conversation.receive(mine(20, "c-1", "hello"));

        conversation.restorePending("c-1", NOW, "hello", null);

        assertThat(conversation.pending()).isEmpty();
    }

    @Test
    void aMessageOfAnotherUserWithTheSameClientMsgIdIsNotTakenForOurs() {
        ChatMessage pending = conversation.addPending("mine", null);

        conversation.receive(new Message(3, "bob", NOW.toString(), "his", pending.clientMsgId(), null));

        assertThat(conversation.messages()).extracting(ChatMessage::from).containsExactly("bob", "alice");
        assertThat(conversation.pending()).containsExactly(pending);
    }

    @Test
    void olderPageGoesInFrontAsOneBlockAndSaysWhetherMoreRemain() {
        conversation.addOlder(new MessagePage(List.of(message(11, "bob", "a"), message(12, "bob", "b")), true));
        conversation.addListener(events);

        int added = conversation.addOlder(new MessagePage(List.of(message(9, "bob", "x"), message(10, "bob", "y")), false));

        assertThat(added).isEqualTo(2);
        assertThat(ids()).containsExactly(9L, 10L, 11L, 12L);
        assertThat(conversation.oldestId()).isEqualTo(9);
        assertThat(conversation.hasOlder()).isFalse();
        assertThat(events.log).containsExactly("reset 2 hasOlder true", "inserted 0 x2", "hasOlder false");
    }

    @Test
    void newMessagesKeepTheNewestStoredOnesAndLeaveTheOldestToPaging() {
        conversation.receive(LongStream.rangeClosed(1, Conversation.KEPT)
                .mapToObj(id -> message(id, "bob", "m" + id)).toList());
        conversation.addListener(events);

        conversation.receive(message(Conversation.KEPT + 1, "bob", "one more"));

        assertThat(conversation.oldestId()).isEqualTo(2);
        assertThat(conversation.newestId()).isEqualTo(Conversation.KEPT + 1);
        assertThat(conversation.hasOlder()).isTrue();
        assertThat(events.log).containsExactly("reset " + Conversation.KEPT + " hasOlder false",
                "inserted " + Conversation.KEPT + " x1", "removed 0", "hasOlder true");
    }

    @Test
    void newListenerGetsEverythingHeldSoFar() {
        conversation.addOlder(new MessagePage(List.of(message(1, "bob", "a")), true));

        conversation.addListener(events);

        assertThat(events.log).containsExactly("reset 1 hasOlder true");
    }

    private List<Long> ids() {
        return conversation.messages().stream().map(ChatMessage::id).toList();
    }

    private static Message message(long id, String from, String text) {
        return new Message(id, from, NOW.plusSeconds(id).toString(), text, "c" + id, null);
    }

    private static Message mine(long id, String clientMsgId, String text) {
        return new Message(id, "alice", NOW.toString(), text, clientMsgId, null);
    }

    private static final class RecordingListener implements ConversationListener {
        final List<String> log = new ArrayList<>();

        @Override
        public void reset(List<ChatMessage> messages, boolean hasOlder) {
            log.add("reset " + messages.size() + " hasOlder " + hasOlder);
        }

        @Override
        public void inserted(int index, List<ChatMessage> messages) {
            log.add("inserted " + index + " x" + messages.size());
        }

        @Override
        public void changed(int index, ChatMessage message) {
            log.add("changed " + index);
        }

        @Override
        public void removed(int index) {
            log.add("removed " + index);
        }

        @Override
        public void hasOlderChanged(boolean hasOlder) {
            log.add("hasOlder " + hasOlder);
        }
    }
}
