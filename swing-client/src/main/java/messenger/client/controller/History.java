package messenger.client.controller;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import messenger.client.cache.AccountCache;
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
        return page(client -> client.history(conversation, before, limit),
                () -> CacheGuard.read(() -> cache.messages().page(conversation, before, limit)));
    }

    /** Message {@code id} with about {@code limit} messages around it, ascending; says whether newer ones exist. */
    MessagePage around(long conversation, long id, int limit) {
        return page(client -> client.historyAround(conversation, id, limit),
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
        return fromServer(fromServer);
    }

    /**
     * From the server while connected, from the cache when the connection is lost on the way; while not connected
     * from the cache, else (nothing kept) the server, which may be reached by then.
     */
    private MessagePage page(Function<MessengerClient, MessagePage> request, Supplier<Optional<MessagePage>> read) {
        Supplier<Optional<MessagePage>> kept = () -> read.get().filter(page -> !page.messages().isEmpty())
                .map(page -> new MessagePage(page.messages(), null, true, page.hasNewer()));
        if (chat.status() instanceof SessionStatus.Connected) {
            try {
                return fromServer(request);
            } catch (ConnectionLostException e) {
                return kept.get().orElseThrow(() -> e);
            }
        }
        return kept.get().orElseGet(() -> fromServer(request));
    }

    /** Waits its turn on the session's thread, where a connection being opened may be ready by then. */
    private MessagePage fromServer(Function<MessengerClient, MessagePage> request) {
        try {
            MessagePage page = chat.call(request).join();
            CacheGuard.write(() -> cache.messages().store(page.messages()));
            return page;
        } catch (CompletionException e) {
            if (Background.unwrap(e) instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }
}
