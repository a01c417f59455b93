package messenger.server.dispatch;

import io.quarkus.arc.All;
import io.quarkus.arc.ClientProxy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import messenger.handlers.spi.RequestHandler;

/** The request type → handler map, built once from every {@link RequestHandler} bean on the class path. */
@Singleton
public class HandlerRegistry {

    private final Map<String, RequestHandler> byType;

    @Inject
    public HandlerRegistry(@All List<RequestHandler> handlers) {
        this.byType = index(handlers);
    }

    /** Fails when two handlers claim one type, naming both, so the server refuses to start. */
    static Map<String, RequestHandler> index(List<RequestHandler> handlers) {
        Map<String, RequestHandler> byType = new HashMap<>();
        for (RequestHandler handler : handlers) {
            RequestHandler previous = byType.putIfAbsent(handler.type(), handler);
            if (previous != null) {
                throw new IllegalStateException("request type \"" + handler.type() + "\" has two handlers: "
                        + className(previous) + " and " + className(handler));
            }
        }
        return Map.copyOf(byType);
    }

    public Optional<RequestHandler> find(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    public java.util.Set<String> types() {
        return byType.keySet();
    }

    private static String className(RequestHandler handler) {
        return ClientProxy.unwrap(handler).getClass().getName();
    }
}
