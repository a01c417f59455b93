package messenger.client.controller;

import java.util.List;
import java.util.function.Consumer;
import messenger.client.cache.AccountCache;
import messenger.protocol.Requests;
import messenger.protocol.Results.SearchHit;
import messenger.protocol.client.ChatSession;
import messenger.protocol.client.ConnectionLostException;
import messenger.protocol.client.SessionStatus;

/**
 * Finds messages as the user types: the server searches while connected; without a connection, or when it is lost
 * on the way, the cache on this computer does, and the answer says so. Called on the event thread; the answer comes
 * back on it.
 */
public final class SearchController {

    /** Hits shown for one query. */
    static final int HITS = 30;

    /** The hits, newest first, and whether they come from this computer's cache rather than the server. */
    public record Found(List<SearchHit> hits, boolean offline) {
    }

    private final ChatSession chat;
    private final AccountCache cache;

    SearchController(ChatSession chat, AccountCache cache) {
        this.chat = chat;
        this.cache = cache;
    }

    /** Searches one conversation, or every one when {@code conversation} is null; blank text finds nothing. */
    public void find(String text, Long conversation, Consumer<Found> onFound, Consumer<Throwable> onFailed) {
        String query = text.strip();
        if (query.isEmpty()) {
            onFound.accept(new Found(List.of(), !(chat.status() instanceof SessionStatus.Connected)));
            return;
        }
        String limited = query.length() > Requests.Search.QUERY_MAX_CHARS
                ? query.substring(0, Requests.Search.QUERY_MAX_CHARS) : query;
        Background.run(() -> {
            if (chat.status() instanceof SessionStatus.Connected) {
                try {
                    return new Found(chat.call(client -> client.search(new Requests.Search(limited, conversation, null,
                            null, null, null, HITS, null))).join().hits(), false);
                } catch (java.util.concurrent.CompletionException e) {
                    if (!(Background.unwrap(e) instanceof ConnectionLostException)) {
                        throw e;
                    }
                }
            }
            return new Found(cache.search().find(limited, conversation, null, HITS), true);
        }, onFound, onFailed);
    }
}
