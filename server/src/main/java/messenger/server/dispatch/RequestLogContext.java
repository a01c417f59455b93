package messenger.server.dispatch;

import java.util.Map;
import java.util.function.Supplier;
import messenger.handlers.spi.Identity;
import messenger.handlers.spi.Session;
import org.jboss.logging.MDC;

/**
 * What every log line written for one request carries (MDC keys {@code connection}, {@code type} and, once
 * signed in, {@code login}), put on whichever thread works on the request: a deferred request is answered on
 * another thread than the one that started it.
 */
record RequestLogContext(long connection, String type, String login) {

    static RequestLogContext of(Session session, String type) {
        return new RequestLogContext(session.connectionId(), type,
                session.identity().map(Identity::login).orElse(null));
    }

    /** Runs {@code work} with this context in the MDC, then puts back whatever the thread had before. */
    <T> T around(Supplier<T> work) {
        Map<String, Object> previous = MDC.getMap();
        MDC.put("connection", connection);
        MDC.put("type", type);
        if (login != null) {
            MDC.put("login", login);
        }
        try {
            return work.get();
        } finally {
            MDC.clear();
            previous.forEach(MDC::put);
        }
    }
}
