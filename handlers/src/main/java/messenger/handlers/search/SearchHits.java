package messenger.handlers.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import messenger.handlers.chat.MessageQueries;
import messenger.protocol.Message;
import messenger.protocol.Results;

/**
 * The hits of the index as the database has them now: a message deleted, moved out of the user's reach, or edited
 * so that it no longer matches since the index last saw it is left out.
 */
final class SearchHits {

    private SearchHits() {
    }

    /** The current state of the messages {@code ids} that still match, by id. */
    static Map<Long, Results.SearchHit> current(List<Long> ids, SearchQuery query, Collection<Long> readable) {
        Map<Long, Message> byId = MessageQueries.byIds(ids).stream()
                .collect(Collectors.toMap(Message::id, Function.identity()));
        Map<Long, Results.SearchHit> hits = new HashMap<>();
        for (long id : ids) {
            Message message = byId.get(id);
            if (message != null && !Boolean.TRUE.equals(message.deleted()) && readable.contains(message.conversation())
                    && query.matches(message.text(), message.file() == null ? null : message.file().name())) {
                hits.put(id, hit(message, query));
            }
        }
        return hits;
    }

    /**
     * A message that matches has a word of the query in its text or, failing that, in its file's name (every
     * clause of the query needs one of its words in one of them), so one of the two snippets is there.
     */
    private static Results.SearchHit hit(Message message, SearchQuery query) {
        Snippets.Snippet snippet = message.text() == null ? null : Snippets.of(message.text(), query);
        String in = Results.SearchHit.IN_TEXT;
        if (snippet == null) {
            snippet = Snippets.of(message.file().name(), query);
            in = Results.SearchHit.IN_FILE;
        }
        return new Results.SearchHit(message.id(), message.conversation(), message.from(), message.at(), in,
                snippet.text(), snippet.ranges(), message.file());
    }
}
