package messenger.handlers.spi;

/**
 * How the dispatcher runs a handler. Whatever it declares, a handler runs off the event loop, in a request
 * context begun and ended on its thread around the call.
 *
 * <p>A connection can close while its requests still wait in its queue. Such a request is skipped only when
 * its handler declared {@link #READ_ONLY}: its reply is all it would produce, and nobody is left to read it.
 * Every other request still runs, as its client may have sent it just before closing (a last {@code send},
 * a {@code logout}).
 */
public enum Runs {

    /** {@link RequestHandler#handle} in its own transaction, rolled back when it throws. */
    IN_TRANSACTION(true),

    /**
     * {@link RequestHandler#handle} in a read-only transaction: Hibernate keeps no snapshots and flushes
     * nothing. For handlers that never write; skipped when queued on a connection that has closed.
     */
    READ_ONLY(false),

    /**
     * {@link DeferredRequestHandler#handleDeferred} without a transaction; the connection may start its next
     * request, if that is deferred too, before this one is answered.
     */
    DEFERRED(true),

    /**
     * {@link RequestHandler#handle} without a transaction: the handler begins its own ({@code QuarkusTransaction}),
     * for work that must not hold one open, such as reading a whole upload back to hash it, which on a slow disk
     * outlasts a transaction's time limit. The connection waits for its answer like any other request's.
     */
    OWN_TRANSACTIONS(true);

    private final boolean runsOnceClosed;

    Runs(boolean runsOnceClosed) {
        this.runsOnceClosed = runsOnceClosed;
    }

    /** Whether a request still queued when its connection has closed is run all the same. */
    public boolean runsOnceClosed() {
        return runsOnceClosed;
    }
}
