package messenger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import messenger.protocol.Message;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Results;
import org.junit.jupiter.api.Test;

/**
 * The newest messages, oldest first, with about a page of them in memory, read from a conversation's history as the
 * protocol pages it: the newest {@code limit} below {@code before}, ascending, {@code hasMore} when older ones exist.
 */
class HistoryPagesTest {

    @Test
    void theNewestAreHandedOnOldestFirstAcrossPages() {
        PagedHistory history = new PagedHistory(1_000);

        assertThat(ids(history, null, 250)).containsExactlyElementsOf(range(751, 1_000));
        assertThat(ids(history, 600L, 230)).containsExactlyElementsOf(range(370, 599));
        assertThat(ids(history, null, 5_000_000)).containsExactlyElementsOf(range(1, 1_000));
        assertThat(ids(history, null, 7)).containsExactlyElementsOf(range(994, 1_000));
        assertThat(ids(new PagedHistory(0), null, 10)).isEmpty();
    }

    @Test
    void pagesTheServerCutsShortAreCompletedBothWays() {
        PagedHistory history = new PagedHistory(1_000);
        history.cutShortTo = 37;

        assertThat(ids(history, null, 250)).containsExactlyElementsOf(range(751, 1_000));

        HistoryPages cutOnlyWhenReadAgain = HistoryPages.walkBack(history, null, 250);
        history.cutShortTo = 11;
        List<Long> handedOn = new ArrayList<>();
        cutOnlyWhenReadAgain.forEachPage(page -> handedOn.addAll(page.stream().map(Message::id).toList()));
        assertThat(handedOn).containsExactlyElementsOf(range(751, 1_000));
    }

    @Test
    void messagesSentDuringTheWalkAreNotAmongTheNewestAskedFor() {
        PagedHistory history = new PagedHistory(300);
        HistoryPages pages = HistoryPages.walkBack(history, null, 150);
        history.newest = 400;

        List<Long> handedOn = new ArrayList<>();
        Message last = pages.forEachPage(page -> handedOn.addAll(page.stream().map(Message::id).toList()));

        assertThat(handedOn).containsExactlyElementsOf(range(151, 300));
        assertThat(last.id()).isEqualTo(300);
        assertThat(pages.newest().id()).isEqualTo(300);
    }

    @Test
    void theSinkEndsTheWalkWhenItWantsNoMore() {
        PagedHistory history = new PagedHistory(1_000);
        List<Integer> pageSizes = new ArrayList<>();

        Message last = HistoryPages.walkBack(history, null, 1_000).forEachPage(page -> {
            pageSizes.add(page.size());
            return false;
        });

        assertThat(pageSizes).containsExactly(ProtocolRules.HISTORY_MAX_LIMIT);
        assertThat(last.id()).isEqualTo(ProtocolRules.HISTORY_MAX_LIMIT);
    }

    @Test
    void aboutOnePageIsInMemoryHoweverManyAreAskedFor() {
        PagedHistory history = new PagedHistory(3_000);
        history.watchMemory = true;

        HistoryPages.walkBack(history, null, 3_000).forEachPage(page -> true);

        // the page just read, and the one before it that the caller may still hold
        assertThat(history.mostAlive).isLessThanOrEqualTo(2 * ProtocolRules.HISTORY_MAX_LIMIT);
    }

    private static List<Long> ids(PagedHistory history, Long before, int limit) {
        List<Long> handedOn = new ArrayList<>();
        HistoryPages.walkBack(history, before, limit)
                .forEachPage(page -> handedOn.addAll(page.stream().map(Message::id).toList()));
        return handedOn;
    }

    private static List<Long> range(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }

    /**
     * Messages 1 to {@code newest}, paged as the protocol says, at most {@code cutShortTo} per reply (the server's
     * choice for replies that would not fit in one frame). Every reply is made of new objects, as one read from the
     * network is; with {@code watchMemory}, each request first counts how many of those handed out are still alive.
     */
    private static final class PagedHistory implements HistoryPages.Source {

        long newest;
        int cutShortTo = Integer.MAX_VALUE;
        boolean watchMemory;
        int mostAlive;
        private final List<WeakReference<Message>> handedOut = new ArrayList<>();

        PagedHistory(long newest) {
            this.newest = newest;
        }

        @Override
        public Results.MessagePage page(Long before, int limit) {
            if (watchMemory) {
                System.gc();
                handedOut.removeIf(reference -> reference.get() == null);
                mostAlive = Math.max(mostAlive, handedOut.size());
            }
            long below = before == null ? newest + 1 : Math.min(before, newest + 1);
            long first = Math.max(1, below - Math.min(limit, cutShortTo));
            List<Message> messages = new ArrayList<>();
            for (long id = first; id < below; id++) {
                Message message = new Message(id, "bob", "2026-12-07T10:00:00Z", "message " + id, "c" + id, null, 1L);
                messages.add(message);
                if (watchMemory) {
                    handedOut.add(new WeakReference<>(message));
                }
            }
            return new Results.MessagePage(messages, first > 1);
        }
    }
}
