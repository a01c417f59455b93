package messenger.handlers.search;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import messenger.protocol.Json;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;

/**
 * What a search asks of the index: the words as typed, the conversations to look in, the other filters and the
 * page. Checked where the request arrived, and sent as JSON to the server that keeps the index when that is another
 * one, which answers with the hits' cursors ({@link SearchOrder#cursor}). Gson reads and writes it reflectively,
 * hence its registration for the native image.
 */
@RegisterForReflection
record IndexQuestion(String words, List<Long> conversations, Long sender, String since, String until, String order,
                     String after, int limit) {

    /** This question; {@code BAD_REQUEST} for anything the index cannot be asked, before another server is asked. */
    IndexQuestion checked() {
        query();
        sortedBy().afterOrNull(after);
        return this;
    }

    /** The Lucene query; {@code BAD_REQUEST} for words or times that cannot be searched for. */
    Query query() {
        return SearchFilters.limit(SearchQuery.parse(words).query(), conversations, sender, since, until);
    }

    SearchOrder sortedBy() {
        return SearchOrder.of(order);
    }

    List<FieldDoc> searchIn(SearchIndex index) {
        SearchOrder sorted = sortedBy();
        return index.search(query(), sorted.sort(), sorted.afterOrNull(after), limit);
    }

    String toJson() {
        return Json.GSON.toJson(this);
    }

    static IndexQuestion fromJson(String json) {
        return Json.GSON.fromJson(json, IndexQuestion.class);
    }
}
