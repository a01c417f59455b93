package messenger.handlers.search;

/** The fields of a message's document in the search index. */
final class MessageFields {

    /** The message id: a point for ranges, doc values for sorting, a string term to replace or delete by. */
    static final String ID = "id";
    static final String KEY = "key";
    static final String CONVERSATION = "conversation";
    static final String SENDER = "sender";
    /** Milliseconds since the epoch of {@code created_at}. */
    static final String AT = "at";
    static final String TEXT = "text";
    static final String FILE = "file";

    private MessageFields() {
    }
}
