package messenger.server.transport;

import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.jboss.logging.MDC;

/**
 * Puts a connection's id in the MDC ({@code connection}, the key request log lines use too) around a log line
 * written outside any request, then restores what the thread had there. On an event loop the line is written a
 * moment later, by a task of its own on that loop.
 */
final class ConnectionLogContext {

    private static final String KEY = "connection";

    private ConnectionLogContext() {
    }

    static void log(long connection, Runnable logging) {
        Context current = Vertx.currentContext();
        if (current != null && !VertxContext.isDuplicatedContext(current)) {
            // on an event loop Quarkus keeps the MDC in a duplicated context, a new one per access unless one is current
            VertxContext.createNewDuplicatedContext(current)
                    .runOnContext(ignored -> withConnection(connection, logging));
        } else {
            withConnection(connection, logging);
        }
    }

    private static void withConnection(long connection, Runnable logging) {
        Object previous = MDC.get(KEY);
        MDC.put(KEY, connection);
        try {
            logging.run();
        } finally {
            if (previous == null) {
                MDC.remove(KEY);
            } else {
                MDC.put(KEY, previous);
            }
        }
    }
}
