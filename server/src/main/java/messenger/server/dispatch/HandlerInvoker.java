package messenger.server.dispatch;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.TransactionExceptionResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestException;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Session;

/** Runs one handler in a request context and its own transaction, rolled back when it fails. */
@ApplicationScoped
public class HandlerInvoker {

    @ActivateRequestContext
    public Reply invoke(RequestHandler handler, Request request, Session session) {
        return QuarkusTransaction.requiringNew()
                .exceptionHandler(HandlerInvoker::commitOrRollback)
                .call(() -> handler.handle(request, session));
    }

    private static TransactionExceptionResult commitOrRollback(Throwable failure) {
        return failure instanceof RequestException expected && expected.keepChanges()
                ? TransactionExceptionResult.COMMIT
                : TransactionExceptionResult.ROLLBACK;
    }
}
