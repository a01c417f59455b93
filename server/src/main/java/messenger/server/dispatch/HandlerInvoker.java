package messenger.server.dispatch;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.TransactionExceptionResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import messenger.handlers.spi.DeferredRequestHandler;
import messenger.handlers.spi.Payload;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestException;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import org.hibernate.FlushMode;

/**
 * Runs one handler on the calling thread in a request context of its own, as its declaration says
 * ({@link Runs}): {@code IN_TRANSACTION} in its own transaction, rolled back when it fails; {@code READ_ONLY}
 * in a read-only one; {@code DEFERRED} and {@code OWN_TRANSACTIONS} without one (the handler, or the work it
 * hands on, begins its own).
 *
 * <p>The request context is activated and terminated here, on this thread, around the synchronous call only.
 * {@code @ActivateRequestContext} on a method returning a {@code CompletionStage} would end the context when
 * the stage completes, on whichever thread completes it: a deferred {@code send} then left its context
 * active on this worker, the worker's next request (another connection's {@code sync}) ran inside it, and
 * the {@code send}'s completion closed that request's Hibernate session between two of its queries.
 */
@ApplicationScoped
public class HandlerInvoker {

    public CompletionStage<Reply> invoke(Route route, Request request, Session session) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            if (route.runs() == Runs.DEFERRED) {
                // Route.declaredBy has checked that only a DeferredRequestHandler declares DEFERRED
                return ((DeferredRequestHandler) route.handler()).handleDeferred(request, session);
            }
            if (route.runs() == Runs.OWN_TRANSACTIONS) {
                return CompletableFuture.completedFuture(route.handler().handle(request, session));
            }
            Reply[] made = new Reply[1];
            try {
                return CompletableFuture.completedFuture(QuarkusTransaction.requiringNew()
                        .exceptionHandler(HandlerInvoker::commitOrRollback)
                        .call(() -> {
                            if (route.runs() == Runs.READ_ONLY) {
                                readOnly();
                            }
                            made[0] = route.handler().handle(request, session);
                            return made[0];
                        }));
            } catch (RuntimeException failure) {
                // the handler answered but its transaction did not end well: the answer is dropped, and its file
                if (made[0] != null && made[0].payload() instanceof Payload.FileRegion file) {
                    file.close();
                }
                throw failure;
            }
        } finally {
            requestContext.terminate();
        }
    }

    /** Hibernate keeps no snapshots to compare and flushes nothing: reading entities costs what reading values does. */
    private static void readOnly() {
        org.hibernate.Session orm = Panache.getSession();
        orm.setDefaultReadOnly(true);
        orm.setHibernateFlushMode(FlushMode.MANUAL);
    }

    private static TransactionExceptionResult commitOrRollback(Throwable failure) {
        return failure instanceof RequestException expected && expected.keepChanges()
                ? TransactionExceptionResult.COMMIT
                : TransactionExceptionResult.ROLLBACK;
    }
}
