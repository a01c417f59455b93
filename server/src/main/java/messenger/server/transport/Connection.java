package messenger.server.transport;

import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import messenger.handlers.account.AccountSession;
import messenger.handlers.spi.Identity;
import messenger.protocol.BadFrameException;
import messenger.protocol.ErrorCode;
import messenger.protocol.Frame;
import messenger.protocol.FrameLimits;
import org.jboss.logging.Logger;

/**
 * One client connection: wires its parts to its socket and is the session its handlers see, doing each job
 * through the part that owns it: {@link SignInState} (admission, sign-in deadline), {@link BackPressure},
 * {@link OrderedRequests}, {@link PushSubscriber} and {@link ConnectionCloser}.
 *
 * <p>Threads: {@link #start} and the socket's handlers run on the connection's event loop, the session's methods
 * on workers, {@link #drain} on the shutdown thread. {@code closed} is volatile: set on the event loop, read on
 * workers and publishing threads.
 */
final class Connection implements AccountSession {

    private static final Logger LOG = Logger.getLogger(Connection.class);
    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final NetSocket socket;
    private final ConnectionServices services;
    private final String address;
    private final BackPressure reading;
    private final OrderedRequests requests;
    private final ConnectionCloser closer;
    private final SignInState signIn;
    private final PushSubscriber pushes;
    /**
     * Held while the sign-in and the push subscription change, so that they agree: a device's sign-out from another
     * connection cannot land between a subscribe's check of the sign-in and its subscription, nor clear a sign-in
     * that came after the one it was meant for. Held briefly, for map updates only.
     */
    private final Object signInLock = new Object();
    private volatile boolean closed;

    Connection(NetSocket socket, Context eventLoop, ConnectionServices services) {
        this.socket = socket;
        this.services = services;
        this.address = socket.remoteAddress().hostAddress();
        this.reading = new BackPressure(socket, eventLoop, services.config().maxQueuedRequests());
        this.requests = new OrderedRequests(id, this, socket, reading, () -> closed, services);
        this.closer = new ConnectionCloser(socket, eventLoop, reading, requests, services.metrics());
        this.signIn = new SignInState(id, address, eventLoop, services, closer, () -> closed);
        this.pushes = new PushSubscriber(id, socket, services, () -> closed);
    }

    void start() {
        if (!signIn.admit()) {
            return;
        }
        services.registry().add(this);
        FrameParser parser = new FrameParser(services.limits(), signIn::isSignedIn, reading::isPaused, this::onFrame,
                this::onBadFrame);
        reading.start(services.config().maxWriteQueueBytes(), parser::resume);
        socket.handler(parser);
        socket.exceptionHandler(error -> socket.close());
        socket.closeHandler(ignored -> onClosed());
    }

    /** See {@link ConnectionCloser#drain}. */
    CompletableFuture<Void> drain(Buffer notice) {
        return closer.drain(notice);
    }

    /** Closes the connection at once, dropping whatever is queued for it (any thread). */
    void cutOff() {
        VertxInternals.cutOff(socket);
    }

    /**
     * Completes once every request read so far is answered, or skipped because the connection has closed (see
     * {@link OrderedRequests#whenAllAnswered}); any thread.
     */
    CompletableFuture<Void> requestsDone() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        requests.whenAllAnswered(() -> done.complete(null));
        return done;
    }

    // ---- AccountSession -----------------------------------------------------------------------------

    @Override
    public long connectionId() {
        return id;
    }

    @Override
    public Optional<Identity> identity() {
        return signIn.identity();
    }

    @Override
    public String remoteAddress() {
        return address;
    }

    /**
     * Signs the connection in; signed in as another device before, it leaves that device's subscription, which
     * would otherwise go on pushing the other user's conversations here, and beyond that device's sign-out.
     */
    @Override
    public void authenticate(Identity identity) {
        synchronized (signInLock) {
            if (signIn.identity().filter(before -> before.deviceId() != identity.deviceId()).isPresent()) {
                pushes.unsubscribe();
            }
            signIn.signIn(identity);
        }
    }

    @Override
    public void subscribe(boolean allConversations) {
        synchronized (signInLock) {
            Identity identity = requireIdentity();
            pushes.subscribe(identity.userId(), identity.login(), allConversations);
        }
    }

    @Override
    public void setIdle(boolean idle) {
        pushes.setIdle(idle);
    }

    @Override
    public FrameLimits limits() {
        return services.limits();
    }

    @Override
    public void signOut() {
        synchronized (signInLock) {
            signIn.signOut();
            pushes.unsubscribe();
        }
    }

    /**
     * Signs out if still signed in as the device (it was logged out on another connection or server), and not
     * if this connection has signed in as another device since; any thread.
     */
    void signOutDevice(long deviceId) {
        synchronized (signInLock) {
            if (signIn.identity().filter(now -> now.deviceId() == deviceId).isPresent()) {
                signOut();
            }
        }
    }

    // ---- event loop ---------------------------------------------------------------------------------

    private void onFrame(Frame frame) {
        if (reading.isStopped()) {
            return;
        }
        reading.requestQueued();
        requests.submit(frame);
    }

    /** Requests that came before the bad frame are still answered, then the error is sent and the connection closed. */
    private void onBadFrame(BadFrameException error) {
        ConnectionLogContext.log(id, () -> LOG.debugf("connection %d sent a bad frame: %s", id, error.getMessage()));
        closer.closeAfterQueuedRequests(ErrorCode.BAD_FRAME, error.getMessage());
    }

    private void onClosed() {
        closed = true;
        reading.connectionClosed();
        signIn.connectionClosed();
        pushes.unsubscribe();
        services.registry().remove(this);
    }
}
