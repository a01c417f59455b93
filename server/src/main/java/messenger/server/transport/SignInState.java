package messenger.server.transport;

import io.vertx.core.Context;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import messenger.handlers.spi.Identity;
import messenger.protocol.ErrorCode;
import org.jboss.logging.Logger;

/**
 * Who a connection is signed in as and, while it is a stranger, its admission: a slot among its address's
 * unauthenticated connections and a deadline to sign in. A connection whose device signs out is a stranger again:
 * counted among its address's unauthenticated connections (closed if that is one too many) and given the same
 * deadline to sign in.
 *
 * <p>Threads: {@link #signIn} and {@link #signOut} run on workers (the account handlers), {@link #identity} on any
 * thread, the rest on the event loop. {@code identity} is volatile; {@code holdsSlot} is atomic so that a sign-in
 * on a worker and a close on the event loop release the slot exactly once; the deadline is touched only on the
 * event loop.
 */
final class SignInState {

    private static final Logger LOG = Logger.getLogger(SignInState.class);
    private static final String TOO_MANY_WAITING = "too many connections from your address are waiting to sign in";

    private final long connection;
    private final String address;
    private final Context eventLoop;
    private final UnauthenticatedConnections unauthenticated;
    private final Duration timeout;
    private final ConnectionCloser closer;
    private final BooleanSupplier closed;
    private final AtomicBoolean holdsSlot = new AtomicBoolean();
    private volatile Identity identity;
    private long deadline = -1;

    SignInState(long connection, String address, Context eventLoop, ConnectionServices services,
            ConnectionCloser closer, BooleanSupplier closed) {
        this.connection = connection;
        this.address = address;
        this.eventLoop = eventLoop;
        this.unauthenticated = services.unauthenticated();
        this.timeout = services.config().authTimeout();
        this.closer = closer;
        this.closed = closed;
    }

    /** A new connection: false, and the connection refused, when its address has too many strangers already. */
    boolean admit() {
        if (!unauthenticated.tryAdmit(address)) {
            ConnectionLogContext.log(connection, () -> LOG.debugf(
                    "refusing a connection from %s: too many unauthenticated connections", address));
            closer.closeNow(ErrorCode.RATE_LIMITED, TOO_MANY_WAITING);
            return false;
        }
        holdsSlot.set(true);
        startDeadline();
        checkAcrossServers();
        return true;
    }

    Optional<Identity> identity() {
        return Optional.ofNullable(identity);
    }

    boolean isSignedIn() {
        return identity != null;
    }

    void signIn(Identity identity) {
        this.identity = identity;
        releaseSlot();
    }

    void signOut() {
        identity = null;
        eventLoop.runOnContext(ignored -> readmit());
    }

    void connectionClosed() {
        releaseSlot();
    }

    private void readmit() {
        if (identity != null || closed.getAsBoolean() || holdsSlot.get()) {
            return;
        }
        if (!unauthenticated.tryAdmit(address)) {
            closer.closeAfterQueuedRequests(ErrorCode.RATE_LIMITED, TOO_MANY_WAITING);
            return;
        }
        holdsSlot.set(true);
        if (identity != null) {
            // signed in again on the worker meanwhile: the slot just taken is not this connection's to hold
            releaseSlot();
            return;
        }
        startDeadline();
        checkAcrossServers();
    }

    /** In a cluster, a stranger admitted here is closed after all when the other servers hold the rest. */
    private void checkAcrossServers() {
        unauthenticated.admittedAcrossServers(address, connection).thenAccept(admitted -> {
            if (!admitted) {
                eventLoop.runOnContext(ignored -> {
                    if (identity == null && holdsSlot.get() && !closed.getAsBoolean()) {
                        ConnectionLogContext.log(connection, () -> LOG.debugf("refusing a connection from %s: too"
                                + " many unauthenticated connections across the cluster", address));
                        closer.closeNow(ErrorCode.RATE_LIMITED, TOO_MANY_WAITING);
                    }
                });
            }
        });
    }

    /** From now, the connection has the sign-in timeout to authenticate (again). */
    private void startDeadline() {
        if (deadline >= 0) {
            eventLoop.owner().cancelTimer(deadline);
        }
        deadline = eventLoop.owner().setTimer(timeout.toMillis(), ignored -> closeIfStranger());
    }

    private void closeIfStranger() {
        if (identity == null && holdsSlot.get()) {
            closer.closeNow(ErrorCode.UNAUTHENTICATED, "no login within " + timeout.toSeconds() + " s; closing");
        }
    }

    private void releaseSlot() {
        if (holdsSlot.compareAndSet(true, false)) {
            unauthenticated.release(address, connection);
        }
    }
}
