package messenger.server.dispatch;

import io.quarkus.arc.All;
import io.quarkus.arc.InstanceHandle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import messenger.handlers.spi.RequestHandler;

/**
 * The request type → handler map and the pre-sign-in allow-list, built once from the {@code @Handles}
 * declarations of every {@link RequestHandler} bean on the class path. A bean without a declaration, one whose
 * declaration does not fit it, or two beans for one type stop the server from starting.
 */
@Singleton
public class HandlerRegistry {

    private final Map<String, Route> byType;
    private final Set<String> openBeforeSignIn;

    @Inject
    public HandlerRegistry(@All List<InstanceHandle<RequestHandler>> handlers) {
        this(index(handlers.stream()
                .map(bean -> Route.declaredBy(bean.getBean().getBeanClass(), bean.get()))
                .toList()));
    }

    HandlerRegistry(Map<String, Route> byType) {
        this.byType = byType;
        this.openBeforeSignIn = byType.values().stream()
                .filter(Route::openBeforeSignIn)
                .map(Route::type)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Fails when two routes claim one type, naming both handlers. */
    static Map<String, Route> index(List<Route> routes) {
        Map<String, Route> byType = new HashMap<>();
        for (Route route : routes) {
            Route previous = byType.putIfAbsent(route.type(), route);
            if (previous != null) {
                throw new IllegalStateException("request type \"" + route.type() + "\" has two handlers: "
                        + previous.handlerClass().getName() + " and " + route.handlerClass().getName());
            }
        }
        return Map.copyOf(byType);
    }

    public Optional<Route> find(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    public Set<String> types() {
        return byType.keySet();
    }

    /** The types a connection may use before it has signed in. */
    public Set<String> openBeforeSignIn() {
        return openBeforeSignIn;
    }
}
