package messenger.handlers.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of one request handler, declared on its class and nowhere else. The server reads them once at
 * start-up and refuses to start when a handler bean has none, when two claim one type, or when {@link #runs}
 * does not fit the handler's shape ({@link Runs#DEFERRED} exactly for a {@link DeferredRequestHandler}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Handles {

    /** The request type this handler answers, e.g. {@code "send"}. Unique across all handlers. */
    String type();

    /**
     * Whether a connection that has not signed in may use this type. The protocol's open types are
     * {@code messenger.protocol.Requests#OPEN_BEFORE_SIGN_IN}; before sign-in such a request never has a payload.
     */
    boolean openBeforeSignIn() default false;

    /** How the handler runs, which also decides whether a request queued on a closed connection still runs. */
    Runs runs() default Runs.IN_TRANSACTION;
}
