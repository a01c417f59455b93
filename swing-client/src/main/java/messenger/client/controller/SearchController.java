package messenger.client.controller;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import messenger.client.cache.AccountCache;
import messenger.protocol.Requests;
import messenger.protocol.Results.SearchHit;
import messenger.protocol.Results.SearchPage;
import messenger.protocol.client.ChatSession;
import messenger.protocol.client.ConnectionLostException;
import messenger.protocol.client.SessionStatus;

/**
 * Finds messages as the user types, a page at a time: the server searches while connected; without a connection,
 * or when it is lost on the way, the cache on this computer does, and the answer says so. The pages after the first
 * come from where the first came from. Called on the event thread; the answer comes back on it.
 */
public final class SearchController {

    /** Hits in one page. */
    static final int HITS = 30;

    /**
     * A page of hits, newest first; whether they come from this computer's cache rather than the server; and where
     * the next page starts (the server's cursor, or the id of the last hit kept here), null when there is none.
     */
    public record Found(List<SearchHit> hits, boolean offline, String next) {
        public boolean hasMore() {
            return next != null;
        }
    }

    private final ChatSession chat;
    private final AccountCache cache;

    SearchController(ChatSession chat, AccountCache cache) {
        this.chat = chat;
        this.cache = cache;
    }

    /** Searches one conversation, or every one when {@code conversation} is null; blank text finds nothing. */
    public void find(String text, Long conversation, Consumer<Found> onFound, Consumer<Throwable> onFailed) {
        String query = limited(text);
        if (query.isEmpty()) {
            onFound.accept(new Found(List.of(), !(chat.status() instanceof SessionStatus.Connected), null));
            return;
        }
        Background.run(() -> {
            if (chat.status() instanceof SessionStatus.Connected) {
                try {
                    return fromServer(query, conversation, null);
                } catch (CompletionException e) {
                    if (!(Background.unwrap(e) instanceof ConnectionLostException)) {
                        throw e;
                    }
                }
            }
            return kept(query, conversation, null);
        }, onFound, onFailed);
    }

    /** The page after {@code previous}, for the same text and conversation, from the same place. */
    public void more(String text, Long conversation, Found previous, Consumer<Found> onFound,
                     Consumer<Throwable> onFailed) {
        String query = limited(text);
        Background.run(() -> previous.offline() ? kept(query, conversation, Long.valueOf(previous.next()))
                : fromServer(query, conversation, previous.next()), onFound, onFailed);
    }

    private Found fromServer(String query, Long conversation, String after) {
        SearchPage page = chat.call(client -> client.search(new Requests.Search(query, conversation, null, null, null,
                null, HITS, after))).join();
        return new Found(page.hits(), false, page.next());
    }

    private Found kept(String query, Long conversation, Long before) {
        List<SearchHit> hits = cache.search().find(query, conversation, before, HITS);
        return new Found(hits, true, hits.size() < HITS ? null : Long.toString(hits.get(hits.size() - 1).id()));
    }

    private static String limited(String text) {
        String query = text.strip();
        return query.length() > Requests.Search.QUERY_MAX_CHARS
                ? query.substring(0, Requests.Search.QUERY_MAX_CHARS) : query;
    }
}
