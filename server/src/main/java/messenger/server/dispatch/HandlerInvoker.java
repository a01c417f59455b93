package messenger.server.dispatch;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.TransactionExceptionResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import messenger.handlers.spi.DeferredRequestHandler;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestException;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Session;

/**
 * Runs one handler in a request context: a plain handler in its own transaction, rolled back when it fails;
 * a handler that only reads, or a deferred one (the work it hands on commits by itself), without one.
 */
@ApplicationScoped
public class HandlerInvoker {

    @ActivateRequestContext
    public CompletionStage<Reply> invoke(RequestHandler handler, Request request, Session session) {
        if (handler instanceof DeferredRequestHandler deferred) {
            return deferred.handleDeferred(request, session);
        }
        if (handler.onlyReads()) {
            return CompletableFuture.completedFuture(handler.handle(request, session));
        }
        return CompletableFuture.completedFuture(QuarkusTransaction.requiringNew()
                .exceptionHandler(HandlerInvoker::commitOrRollback)
                .call(() -> handler.handle(request, session)));
    }

    private static TransactionExceptionResult commitOrRollback(Throwable failure) {
        return failure instanceof RequestException expected && expected.keepChanges()
                ? TransactionExceptionResult.COMMIT
                : TransactionExceptionResult.ROLLBACK;
    }
}
