package messenger.client.controller;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import messenger.client.cache.AccountCache;
import messenger.protocol.Results.MessagePage;
import messenger.protocol.client.ChatSession;
import messenger.protocol.client.ConnectionLostException;
import messenger.protocol.client.SessionStatus;

/**
 * Pages of a conversation's history: from the server while connected (and kept in the cache), from the cache while
 * not, so a conversation opens at once on start and can be read and scrolled offline. A page from the cache always
 * says there may be more (the server may hold older ones); past the oldest kept the server is asked, which fails
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
        if (chat.status() instanceof SessionStatus.Connected) {
            try {
                return fromServer(conversation, before, limit);
            } catch (ConnectionLostException e) {
                return kept(conversation, before, limit).orElseThrow(() -> e);
            }
        }
        return kept(conversation, before, limit).orElseGet(() -> fromServer(conversation, before, limit));
    }

    /** Waits its turn on the session's thread, where a connection being opened may be ready by then. */
    private MessagePage fromServer(long conversation, Long before, int limit) {
        try {
            MessagePage page = chat.call(client -> client.history(conversation, before, limit)).join();
            CacheGuard.write(() -> cache.messages().store(page.messages()));
            return page;
        } catch (CompletionException e) {
            if (Background.unwrap(e) instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    private Optional<MessagePage> kept(long conversation, Long before, int limit) {
        return CacheGuard.read(() -> cache.messages().page(conversation, before, limit))
                .filter(page -> !page.messages().isEmpty())
                .map(page -> new MessagePage(page.messages(), true));
    }
}
