package messenger.cli;

import java.util.ArrayList;
import java.util.List;
import messenger.protocol.Message;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Results;

/**
 * The newest messages of a conversation, handed on oldest first with about one page of them in memory at a time,
 * however many are asked for. The server pages from the newest back, so {@link #walkBack} goes through them keeping
 * only where each page begins, and {@link #forEachPage} reads them again from the oldest on.
 */
final class HistoryPages {

    /** One page of a conversation's history: the newest {@code limit} messages with an id below {@code before}. */
    @FunctionalInterface
    interface Source {
        Results.MessagePage page(Long before, int limit);
    }

    /** Takes the pages, oldest first; false when no more are wanted. */
    @FunctionalInterface
    interface Sink {
        boolean accept(List<Message> page);
    }

    /** A page of the walk back: {@code count} messages from id {@code lowest} on, all below {@code below}. */
    private record Bounds(long lowest, long below, int count) {
    }

    private final Source source;
    /** The pages but the oldest, newest first. */
    private final List<Bounds> newer;
    /** The oldest page, kept from the walk back: the first to hand on. */
    private final List<Message> oldest;
    private final Message newest;

    private HistoryPages(Source source, List<Bounds> newer, List<Message> oldest, Message newest) {
        this.source = source;
        this.newer = newer;
        this.oldest = oldest;
        this.newest = newest;
    }

    /** Walks back over the newest {@code limit} messages with an id below {@code before} (null: the newest of all). */
    static HistoryPages walkBack(Source source, Long before, int limit) {
        List<Bounds> newer = new ArrayList<>();
        List<Message> page = List.of();
        long pageBelow = 0;
        Message newest = null;
        Long below = before;
        int left = limit;
        while (left > 0) {
            Results.MessagePage reply = source.page(below, Math.min(ProtocolRules.HISTORY_MAX_LIMIT, left));
            List<Message> messages = reply.messages();
            if (messages.isEmpty()) {
                break;
            }
            if (page.isEmpty()) {
                newest = messages.get(messages.size() - 1);
            } else {
                newer.add(new Bounds(page.get(0).id(), pageBelow, page.size()));
            }
            // above the newest one seen, messages sent meanwhile are not among the newest asked for
            pageBelow = below != null ? below : newest.id() + 1;
            page = messages;
            left -= messages.size();
            if (!reply.hasMore()) {
                break;
            }
            below = messages.get(0).id();
        }
        return new HistoryPages(source, newer, page, newest);
    }

    /** The newest message of the walk, or null when there are none. */
    Message newest() {
        return newest;
    }

    /** Hands the pages to {@code sink}, oldest first, until it wants no more; returns the newest handed on, or null. */
    Message forEachPage(Sink sink) {
        if (oldest.isEmpty()) {
            return null;
        }
        Message last = oldest.get(oldest.size() - 1);
        boolean more = sink.accept(oldest);
        for (int i = newer.size() - 1; i >= 0 && more; i--) {
            List<Message> page = readAgain(newer.get(i));
            if (!page.isEmpty()) {
                last = page.get(page.size() - 1);
                more = sink.accept(page);
            }
        }
        return last;
    }

    /**
     * The messages of a page of the walk back. The same request usually brings them all again, but the server may cut
     * a page short where it would not fit in one reply, and edits change the sizes: the rest is asked for then.
     */
    private List<Message> readAgain(Bounds bounds) {
        List<Message> page = new ArrayList<>();
        long below = bounds.below();
        int left = bounds.count();
        while (left > 0) {
            Results.MessagePage reply = source.page(below, left);
            List<Message> inBounds = reply.messages().stream().filter(m -> m.id() >= bounds.lowest()).toList();
            page.addAll(0, inBounds);
            left -= inBounds.size();
            if (inBounds.isEmpty() || inBounds.size() < reply.messages().size() || !reply.hasMore()) {
                break;
            }
            below = inBounds.get(0).id();
        }
        return page;
    }
}
