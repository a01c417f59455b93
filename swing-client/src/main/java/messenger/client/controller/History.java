package messenger.client.controller;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import messenger.client.cache.AccountCache;
import messenger.protocol.Message;
import messenger.protocol.Results.MessagePage;
import messenger.protocol.client.ChatSession;
import messenger.protocol.client.ConnectionLostException;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.SessionStatus;

/**
 * Pages of a conversation's history: from the server while connected (and kept in the cache), from the cache while
 * not, so a conversation opens at once on start and can be read and scrolled offline. A page from the cache always
 * says there may be older ones (the server may hold them); past the oldest kept the server is asked, which fails
 * while there is no connection, and the page is asked again once connected. Blocks: runs on a background thread.
 */
final class History {

    private final ChatSession chat;
    private final AccountCache cache;

    History(ChatSession chat, AccountCache cache) {
        this.chat = chat;
        this.cache = cache;
    }

    /** Up to {@code limit} messages before {@code before} (null: the newest), ascending. */
    MessagePage older(long conversation, Long before, int limit) {
        return page(new Reach(conversation, null, before == null ? null : before - 1),
                client -> client.history(conversation, before, limit),
                () -> CacheGuard.read(() -> cache.messages().page(conversation, before, limit)));
    }

    /** Message {@code id} with about {@code limit} messages around it, ascending; says whether newer ones exist. */
    MessagePage around(long conversation, long id, int limit) {
        return page(new Reach(conversation, null, null), client -> client.historyAround(conversation, id, limit),
                () -> CacheGuard.read(() -> cache.messages().around(conversation, id, limit)));
    }

    /** Up to {@code limit} messages after {@code after}, ascending; says whether newer ones exist. */
    MessagePage newer(long conversation, long after, int limit) {
        Function<MessengerClient, MessagePage> fromServer = client -> {
            // "around" the newest loaded gives half the page before it, already loaded, and the rest after it
            MessagePage page = client.historyAround(conversation, after, 2 * limit);
            return new MessagePage(page.messages().stream().filter(message -> message.id() > after).toList(), null,
                    false, page.hasNewer());
        };
        if (!(chat.status() instanceof SessionStatus.Connected)) {
            Optional<MessagePage> kept = CacheGuard.read(() -> cache.messages().newer(conversation, after, limit));
            if (kept.isPresent() && !kept.get().messages().isEmpty()) {
                return kept.get();
            }
        }
        return fromServer(new Reach(conversation, after, null), fromServer);
    }

    /**
     * From the server while connected, from the cache when the connection is lost on the way; while not connected
     * from the cache, else (nothing kept) the server, which may be reached by then.
     */
    private MessagePage page(Reach reach, Function<MessengerClient, MessagePage> request,
                             Supplier<Optional<MessagePage>> read) {
        Supplier<Optional<MessagePage>> kept = () -> read.get().filter(page -> !page.messages().isEmpty())
                .map(page -> new MessagePage(page.messages(), null, true, page.hasNewer()));
        if (chat.status() instanceof SessionStatus.Connected) {
            try {
                return fromServer(reach, request);
            } catch (ConnectionLostException e) {
                return kept.get().orElseThrow(() -> e);
            }
        }
        return kept.get().orElseGet(() -> fromServer(reach, request));
    }

    /**
     * Waits its turn on the session's thread, where a connection being opened may be ready by then. The page is
     * kept with the stretch of the conversation it shows whole.
     */
    private MessagePage fromServer(Reach reach, Function<MessengerClient, MessagePage> request) {
        try {
            long seen = CacheGuard.read(cache::cursor).flatMap(cursor -> cursor).orElse(0L);
            MessagePage page = chat.call(request).join();
            CacheGuard.write(() -> {
                cache.messages().store(page.messages());
                reach.keep(cache, page, seen);
            });
            return page;
        } catch (CompletionException e) {
            if (Background.unwrap(e) instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /**
     * The ids a page from the server covers whole: from {@code low} (null: its first message, or the start when
     * nothing is older) to {@code high} (null: its last, or when nothing is newer as far as the cursor had seen
     * before it was asked, since the server held every message up to there).
     */
    private record Reach(long conversation, Long low, Long high) {

        void keep(AccountCache cache, MessagePage page, long seen) {
            List<Message> messages = page.messages();
            if (messages.isEmpty() && (low == null && page.hasMore() || high == null)) {
                return;
            }
            long from = low != null ? low : page.hasMore() ? messages.get(0).id() : 0;
            long newest = messages.isEmpty() ? 0 : messages.get(messages.size() - 1).id();
            long to = high != null ? high : Boolean.TRUE.equals(page.hasNewer()) ? newest : Math.max(newest, seen);
            cache.stretches().keep(conversation, from, to);
        }
    }
}
