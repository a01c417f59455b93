package messenger.client.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import messenger.client.cache.AccountCache;
import messenger.client.cache.PendingMessages.Pending;
import messenger.client.model.ConversationSummary;
import messenger.client.model.NotSent;
import messenger.protocol.Conversation;
import messenger.protocol.ConversationEvent;
import messenger.protocol.Message;
import messenger.protocol.client.SessionStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheFeedTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T19:00:00Z"), ZoneOffset.UTC);
    private static final long ROOM = 7;
    private static final String AT = "2026-12-04T10:00:00Z";

    @TempDir
    Path folder;
    private AccountCache cache;
    private CacheFeed feed;

    @BeforeEach
    void open() throws Exception {
        cache = AccountCache.open(folder, CLOCK);
        cache.conversations().replaceAll(List.of(new ConversationSummary(ROOM, true, "design", "", false, 2,
                "member", Instant.parse(AT), 0, 0, 0, 0, "mentions", false)));
        feed = new CacheFeed(cache, "alice", messages -> { }, Throwable::getMessage);
    }

    @AfterEach
    void close() {
        cache.close();
    }

    /** Left at 7, back at 12: the session delivered nothing of the room between, though it did of the others. */
    @Test
    void aRoomLeftAndJoinedAgainIsNotKeptWholeInBetween() {
        long other = 9;
        cache.setCursor(5);
        feed.onMessages(List.of(new Message(6, "bob", AT, "before", "c-6", null, ROOM)));
        feed.onEvents(List.of(new ConversationEvent(7, ROOM, ConversationEvent.LEFT, "alice", "alice", AT, null, null,
                null, null)));
        feed.onMessages(List.of(new Message(8, "bob", AT, "elsewhere", "c-8", null, other)));
        feed.onEvents(List.of(new ConversationEvent(12, ROOM, ConversationEvent.JOINED, "bob", "alice", AT, null,
                null, null, null)));
        feed.onMessages(List.of(new Message(13, "bob", AT, "after", "c-13", null, ROOM)));

        assertThat(cache.stretches().complete(ROOM, 6, 13)).as("across the time out of it").isFalse();
        assertThat(cache.stretches().complete(ROOM, 5, 8)).as("up to leaving").isTrue();
        assertThat(cache.stretches().complete(ROOM, 11, 14)).as("from joining again").isTrue();
        assertThat(cache.stretches().complete(other, 5, 14)).as("another room").isTrue();

        cache.stretches().keep(ROOM, 8, 11);
        assertThat(cache.stretches().complete(ROOM, 6, 13)).as("once the server filled it").isTrue();
    }

    @Test
    void theReplyToARepeatedSendLeavesTheMessageAsTheCatchUpLeftIt() {
        cache.pending().add(new Pending("c-1", ROOM, "lunch?", 3L, CLOCK.instant()));
        Message now = new Message(10, "alice", AT, "dinner?", "c-1", null, ROOM, "2026-12-04T11:00:00Z", null,
                new Message.Quote(3, "bob", "hungry", null, null),
                List.of(new Message.Reaction("👍", 1, List.of("bob"))), List.of("bob"));
        feed.onMessages(List.of(now));

        feed.onSent(new Message(10, "alice", AT, "lunch?", "c-1", null, ROOM));

        assertThat(cache.messages().find(10)).contains(now);
        assertThat(cache.pending().all()).isEmpty();
    }

    @Test
    void theReplyToARepeatedSendLeavesADeletedMessageDeleted() {
        Message deleted = new Message(10, "alice", AT, null, "c-1", null, ROOM, null, true, null, null, null);
        feed.onMessages(List.of(deleted));

        feed.onSent(new Message(10, "alice", AT, null, "c-1", null, ROOM));

        assertThat(cache.messages().find(10)).contains(deleted);
    }

    @Test
    void aSentMessageNotKeptYetIsStoredAndNoLongerPending() {
        cache.pending().add(new Pending("c-1", ROOM, "lunch?", null, CLOCK.instant()));
        Message stored = new Message(10, "alice", AT, "lunch?", "c-1", null, ROOM);

        feed.onSent(stored);

        assertThat(cache.messages().find(10)).contains(stored);
        assertThat(cache.pending().all()).isEmpty();
    }

    @Test
    void aRefusedMessageIsKeptAsRefusedWithTheProblemAsTheRowShowsIt() {
        cache.pending().add(new Pending("c-1", ROOM, "too late", null, CLOCK.instant()));
        cache.pending().add(new Pending("c-2", ROOM, "waits", null, CLOCK.instant().plusSeconds(1)));

        feed.onSendFailed("c-1", new IllegalStateException("you are not a member of this room"));

        assertThat(cache.pending().all()).extracting(Pending::clientMsgId).containsExactly("c-2");
        assertThat(cache.pending().refusedIn(ROOM, 10)).singleElement().satisfies(refused -> {
            assertThat(refused.message().text()).isEqualTo("too late");
            assertThat(refused.problem()).isEqualTo("you are not a member of this room");
        });
    }

    @Test
    void theNotSentCountsFollowTheRefusalsTheCacheKeeps() {
        NotSent notSent = new NotSent();
        RefusedCounts counts = new RefusedCounts(cache, notSent);
        java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
        notSent.addListener(changes::incrementAndGet);
        cache.pending().add(new Pending("c-1", ROOM, "one", null, CLOCK.instant()));
        cache.pending().add(new Pending("c-2", ROOM, "two", null, CLOCK.instant()));

        feed.onSendFailed("c-1", new IllegalStateException("no"));
        feed.onSendFailed("c-2", new IllegalStateException("no"));
        counts.recount();
        assertThat(notSent.in(ROOM)).isEqualTo(2);

        cache.pending().remove("c-1");
        counts.recount();
        counts.recount();
        assertThat(notSent.in(ROOM)).isEqualTo(1);
        assertThat(changes).hasValue(2);
    }

    @Test
    void aListingThatNothingFollowsLeavesItsNewestMessageAsTheCursorOnceCaughtUp() {
        feed.onConversations(List.of(listed(ROOM, 12L), listed(8, 30L), listed(9, null)));
        assertThat(cache.cursor()).isEmpty();

        feed.onStatus(new SessionStatus.Connected());

        assertThat(cache.cursor()).contains(30L);
    }

    @Test
    void aMessageHeardAfterAListingKeepsItsOwnCursor() {
        feed.onConversations(List.of(listed(ROOM, 12L)));
        feed.onMessages(List.of(new Message(40, "bob", AT, "later", "c-40", null, ROOM)));

        feed.onStatus(new SessionStatus.Connected());
        feed.onStatus(new SessionStatus.Connected());

        assertThat(cache.cursor()).contains(40L);
    }

    private static Conversation listed(long id, Long lastMessage) {
        Message last = lastMessage == null ? null
                : new Message(lastMessage, "bob", AT, "hello", "c-" + lastMessage, null, id);
        return new Conversation(id, Conversation.ROOM, "room " + id, null, Conversation.PUBLIC, 2,
                Conversation.MEMBER, last, AT, 0, 0);
    }
}
