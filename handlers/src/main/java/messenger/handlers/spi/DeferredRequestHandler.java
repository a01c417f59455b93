package messenger.handlers.spi;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * A handler that hands its work on and answers when that work is done, such as {@code send}, which waits for
 * the group commit of the message log. It declares {@code @Handles(..., runs = Runs.DEFERRED)}, and only such a
 * handler may. {@link #handleDeferred} runs without a transaction (the work it hands on has its own) and
 * returns at once; its request context ends when it returns, not when the stage completes, so the work handed
 * on must not use request-scoped beans. The stage fails with {@link RequestException} to send an error.
 *
 * <p>While answers of deferred requests are pending, the connection goes on with its next request only if
 * that is deferred too, so one connection's sends share a commit; any other request waits until every
 * earlier one is answered. Replies always leave in request order.
 */
public interface DeferredRequestHandler extends RequestHandler {

    CompletionStage<Reply> handleDeferred(Request request, Session session);

    /** Waits for the deferred answer, for callers that need one synchronously. */
    @Override
    default Reply handle(Request request, Session session) {
        try {
            return handleDeferred(request, session).toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }
}
