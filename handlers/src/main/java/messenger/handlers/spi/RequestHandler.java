package messenger.handlers.spi;

/**
 * Handles one request type. Implementations are CDI beans ({@code @ApplicationScoped}); the server finds
 * every bean of this type at start-up and routes frames whose {@code type} equals {@link #type()} to it.
 * {@link #handle} runs off the event loop, in order with the other requests of the same connection, inside
 * its own transaction (a read-only one when it {@linkplain #onlyReads only reads}) and request context, both
 * ended when it returns. Failures are reported by throwing {@link RequestException}.
 */
public interface RequestHandler {

    /** The request type this bean answers, e.g. {@code "send"}. Unique across all handlers. */
    String type();

    /** Whether a connection may use this type before it has authenticated. */
    default boolean allowedBeforeLogin() {
        return false;
    }

    /**
     * Whether {@link #handle} never writes to the database: it then runs in a read-only transaction (Hibernate
     * keeps no snapshots and flushes nothing), and a request still queued when its connection closes is
     * skipped, as its reply is all it would produce.
     */
    default boolean onlyReads() {
        return false;
    }

    Reply handle(Request request, Session session);
}
