package messenger.handlers.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import messenger.protocol.Json;
import messenger.protocol.Results;
import org.apache.lucene.search.FieldDoc;

/**
 * A {@code search} page that fits in one reply header: the hits in index order up to the header limit, and the
 * cursor after the last index hit the page covers (hits the database no longer has are skipped, not counted).
 */
final class SearchPages {

    /** Room in the header for {@code type}, {@code re}, {@code next} and the brackets. */
    private static final int ENVELOPE = 256;

    private SearchPages() {
    }

    static long messageId(FieldDoc doc) {
        return (Long) doc.fields[doc.fields.length - 1];
    }

    /** {@code found}: the index's hits (as many as asked for, or the last ones); {@code hits}: those still current. */
    static Results.SearchPage of(List<FieldDoc> found, Map<Long, Results.SearchHit> hits, SearchOrder order,
                                 int limit, int maxHeader) {
        int budget = maxHeader - ENVELOPE;
        List<Results.SearchHit> kept = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Results.SearchHit hit = hits.get(messageId(found.get(i)));
            if (hit == null) {
                continue;
            }
            budget -= Json.GSON.toJson(hit).getBytes(StandardCharsets.UTF_8).length + 1;
            if (budget < 0 && !kept.isEmpty()) {
                return new Results.SearchPage(kept, order.cursor(found.get(i - 1)));
            }
            kept.add(hit);
        }
        return new Results.SearchPage(kept, found.size() < limit ? null : order.cursor(found.get(found.size() - 1)));
    }
}
