package messenger.handlers.search;

import messenger.handlers.spi.Fields;
import messenger.protocol.Requests;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * The two orders of results and their paging cursors: {@code newest} sorts by message id (the cursor is the last
 * id), {@code relevance} by score ({@link SearchQuery}: a message's own, whatever else the index holds) and then id
 * (the cursor is the last score's bits and id). A cursor is opaque to clients.
 */
enum SearchOrder {

    NEWEST(new Sort(new SortField(MessageFields.ID, SortField.Type.LONG, true))) {
        @Override
        String cursor(FieldDoc last) {
            return "n" + last.fields[0];
        }

        @Override
        FieldDoc after(String cursor) {
            return new FieldDoc(0, Float.NaN, new Object[] {Long.parseLong(cursor.substring(1))});
        }
    },
    RELEVANCE(new Sort(SortField.FIELD_SCORE, new SortField(MessageFields.ID, SortField.Type.LONG, true))) {
        @Override
        String cursor(FieldDoc last) {
            return "r" + Integer.toHexString(Float.floatToIntBits((Float) last.fields[0])) + "." + last.fields[1];
        }

        @Override
        FieldDoc after(String cursor) {
            int dot = cursor.indexOf('.');
            float score = Float.intBitsToFloat(Integer.parseUnsignedInt(cursor.substring(1, dot), 16));
            return new FieldDoc(0, score, new Object[] {score, Long.parseLong(cursor.substring(dot + 1))});
        }
    };

    private final Sort sort;

    SearchOrder(Sort sort) {
        this.sort = sort;
    }

    static SearchOrder of(String order) {
        if (order == null || order.equals(Requests.Search.NEWEST)) {
            return NEWEST;
        }
        if (order.equals(Requests.Search.RELEVANCE)) {
            return RELEVANCE;
        }
        throw Fields.badRequest("\"order\" must be \"" + Requests.Search.NEWEST + "\" or \""
                + Requests.Search.RELEVANCE + "\"");
    }

    Sort sort() {
        return sort;
    }

    /** The cursor of the page that follows {@code last}. */
    abstract String cursor(FieldDoc last);

    abstract FieldDoc after(String cursor);

    /** The position a client's {@code after} names; {@code BAD_REQUEST} for anything this order did not hand out. */
    FieldDoc afterOrNull(String cursor) {
        if (cursor == null) {
            return null;
        }
        if (cursor.isEmpty() || cursor.charAt(0) != name().toLowerCase().charAt(0)) {
            throw badCursor();
        }
        try {
            return after(cursor);
        } catch (RuntimeException e) {
            throw badCursor();
        }
    }

    private static RuntimeException badCursor() {
        return Fields.badRequest("\"after\" is not a cursor of this search order");
    }
}
