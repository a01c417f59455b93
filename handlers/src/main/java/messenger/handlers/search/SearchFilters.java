package messenger.handlers.search;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import messenger.handlers.spi.Fields;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/** The words of a search limited to conversations the user may read, and to a sender and a time range if asked. */
final class SearchFilters {

    private SearchFilters() {
    }

    static Query limit(Query words, Collection<Long> conversations, Long sender, String since, String until) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, Occur.MUST)
                .add(LongPoint.newSetQuery(MessageFields.CONVERSATION, conversations), Occur.FILTER);
        if (sender != null) {
            query.add(LongPoint.newExactQuery(MessageFields.SENDER, sender), Occur.FILTER);
        }
        if (since != null || until != null) {
            long from = since == null ? Long.MIN_VALUE : time(since, "since");
            long to = until == null ? Long.MAX_VALUE : time(until, "until") - 1;
            query.add(LongPoint.newRangeQuery(MessageFields.AT, from, to), Occur.FILTER);
        }
        return query.build();
    }

    private static long time(String value, String field) {
        try {
            return Instant.parse(value).toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw Fields.badRequest("\"" + field + "\" must be a time like 2026-11-25T10:15:30.000Z");
        }
    }
}
