package messenger.server.dispatch;

import messenger.handlers.account.AccountHandler;
import messenger.handlers.spi.DeferredRequestHandler;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Runs;

/** One request type: the handler bean that answers it and the rules its class declares with {@link Handles}. */
public record Route(String type, Class<?> handlerClass, RequestHandler handler, boolean openBeforeSignIn, Runs runs) {

    /** Reads the declaration on {@code handlerClass}; fails, naming the class, when it is missing or does not fit. */
    static Route declaredBy(Class<?> handlerClass, RequestHandler handler) {
        Handles rules = handlerClass.getAnnotation(Handles.class);
        if (rules == null) {
            throw new IllegalStateException(handlerClass.getName()
                    + " is a request handler without @Handles: declare its type and rules there");
        }
        if (rules.type().isBlank()) {
            throw new IllegalStateException(handlerClass.getName() + " declares a blank request type");
        }
        boolean deferred = handler instanceof DeferredRequestHandler;
        if (deferred != (rules.runs() == Runs.DEFERRED)) {
            throw new IllegalStateException(handlerClass.getName() + (deferred
                    ? " is a DeferredRequestHandler but declares runs = " + rules.runs() + ": declare runs = DEFERRED"
                    : " declares runs = DEFERRED but is not a DeferredRequestHandler"));
        }
        return new Route(rules.type(), handlerClass, handler, rules.openBeforeSignIn(), rules.runs());
    }

    /** Whether the handler may sign its connection in or out, and so is given the whole session. */
    boolean signsIn() {
        return handler instanceof AccountHandler;
    }
}
