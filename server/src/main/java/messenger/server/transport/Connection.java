package messenger.server.transport;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import io.vertx.core.net.impl.NetSocketInternal;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import messenger.handlers.account.AccountSession;
import messenger.handlers.spi.Identity;
import messenger.protocol.BadFrameException;
import messenger.protocol.ErrorCode;
import messenger.protocol.Frame;
import messenger.protocol.FrameCodec;
import messenger.protocol.FrameLimits;
import messenger.server.dispatch.Dispatcher;
import messenger.server.dispatch.Replies;
import messenger.server.hub.Subscriber;
import org.jboss.logging.Logger;

/**
 * One client connection: frames in, requests run one after another off the event loop (consecutive deferred
 * requests overlap, see {@link messenger.handlers.spi.DeferredRequestHandler}), replies in request order and
 * pushes out. Reading pauses while too many requests are queued or the write queue is full, so a client that
 * sends faster than it reads cannot make the server buffer without bound.
 */
final class Connection implements AccountSession, Subscriber {

    private static final Logger LOG = Logger.getLogger(Connection.class);
    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final NetSocket socket;
    private final Context eventLoop;
    private final ConnectionServices services;
    private final SerialExecutor requests;
    private final String address;
    private final AtomicBoolean countedAsUnauthenticated = new AtomicBoolean();
    private volatile Identity identity;
    private int queuedRequests;
    private boolean paused;
    private boolean closing;
    private long signInDeadline = -1;
    private volatile boolean closed;
    /** Completes once every request run so far is answered; used only by the request executor. */
    private CompletableFuture<Void> answered = CompletableFuture.completedFuture(null);

    Connection(NetSocket socket, Context eventLoop, ConnectionServices services) {
        this.socket = socket;
        this.eventLoop = eventLoop;
        this.services = services;
        this.requests = new SerialExecutor(services.workers(), id);
        this.address = socket.remoteAddress().hostAddress();
    }

    void start() {
        if (!services.unauthenticated().tryAdmit(address)) {
            log(() -> LOG.debugf("refusing a connection from %s: too many unauthenticated connections", address));
            socket.end(tooManyWaiting());
            return;
        }
        countedAsUnauthenticated.set(true);
        services.registry().add(this);
        startSignInDeadline();
        socket.setWriteQueueMaxSize(services.config().maxWriteQueueBytes());
        socket.handler(new FrameParser(services.limits(), () -> identity != null, this::onFrame, this::onBadFrame));
        socket.drainHandler(ignored -> updateReading());
        socket.exceptionHandler(error -> socket.close());
        socket.closeHandler(ignored -> onClosed());
    }

    // ---- AccountSession -----------------------------------------------------------------------------

    @Override
    public long connectionId() {
        return id;
    }

    @Override
    public Optional<Identity> identity() {
        return Optional.ofNullable(identity);
    }

    @Override
    public String remoteAddress() {
        return address;
    }

    @Override
    public void authenticate(Identity identity) {
        this.identity = identity;
        releaseUnauthenticatedSlot();
    }

    @Override
    public void subscribe() {
        services.hub().add(this);
        if (closed) {
            // the client left while this request waited: onClosed may have run before the add
            services.hub().remove(this);
        }
    }

    @Override
    public FrameLimits limits() {
        return services.limits();
    }

    /**
     * Its device has signed out: the connection is a stranger's again, counted among its address's
     * unauthenticated connections (closed if that is one too many) and given the same deadline to sign in.
     */
    @Override
    public void signOut() {
        identity = null;
        services.hub().remove(this);
        eventLoop.runOnContext(ignored -> {
            if (identity != null || closed || countedAsUnauthenticated.get()) {
                return;
            }
            if (!services.unauthenticated().tryAdmit(address)) {
                closeAfterQueuedRequests(tooManyWaiting());
                return;
            }
            countedAsUnauthenticated.set(true);
            if (identity != null) {
                // signed in again on the worker meanwhile: the slot just taken is not this connection's to hold
                releaseUnauthenticatedSlot();
                return;
            }
            startSignInDeadline();
        });
    }

    // ---- Subscriber ---------------------------------------------------------------------------------

    @Override
    public void push(Buffer frames, int messages) {
        if (closed) {
            return;
        }
        if (socket.writeQueueFull()) {
            log(() -> LOG.warnf("connection %d reads too slowly; closing it (it will sync after reconnecting)", id));
            services.metrics().writeQueueDrop();
            services.hub().remove(this);
            cutOff();
            return;
        }
        // counted once written to the socket: pushes a closing connection discards are not sent
        socket.write(frames).onSuccess(written -> services.metrics().pushesSent(messages));
    }

    // ---- event loop ---------------------------------------------------------------------------------

    /**
     * Stops reading, lets the requests already queued finish and be answered, then sends {@code notice} and
     * closes. Frames not yet read get no reply: their senders retry elsewhere or later.
     */
    CompletableFuture<Void> drain(Buffer notice) {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        eventLoop.runOnContext(ignored -> closeAfterQueuedRequests(notice).onComplete(result -> closed.complete(null)));
        return closed;
    }

    /** On the event loop: stop reading; once every queued request is answered, send {@code last} and close. */
    private Future<Void> closeAfterQueuedRequests(Buffer last) {
        closing = true;
        socket.pause();
        Promise<Void> closed = Promise.promise();
        requests.execute(() -> answered.whenComplete((done, failure) ->
                eventLoop.runOnContext(ignored -> socket.end(last).onComplete(closed))));
        return closed.future();
    }

    private void onFrame(Frame frame) {
        if (closing) {
            return;
        }
        queuedRequests++;
        updateReading();
        requests.execute(() -> run(frame));
    }

    /**
     * On the request executor: runs one request and writes its reply after every earlier one. Once the client
     * has gone, a request runs only if its handler's rules say so ({@link messenger.handlers.spi.Runs}). A request
     * that is not deferred starts only when every earlier one is answered; until then the executor holds the
     * connection's later requests back, but no thread.
     */
    private CompletionStage<?> run(Frame frame) {
        if (closed && !services.dispatcher().runsOnceClosed(frame)) {
            services.metrics().abandonedRequest();
            return SerialExecutor.DONE;
        }
        if (services.dispatcher().isDeferred(frame) || answered.isDone()) {
            dispatchInOrder(frame);
            return SerialExecutor.DONE;
        }
        return answered.thenRunAsync(() -> dispatchInOrder(frame), services.workers());
    }

    private void dispatchInOrder(Frame frame) {
        CompletableFuture<Frame> reply = services.dispatcher().dispatch(frame, this);
        // completes normally whatever happens, so one failure cannot hold up every later reply
        answered = answered.thenCombine(reply, (earlier, answer) -> answer).handle((answer, failure) -> {
            try {
                if (failure != null) {
                    throw failure;
                }
                write(answer);
            } catch (Throwable unexpected) {
                log(() -> LOG.errorf(unexpected, "connection %d: a reply could not be sent", id));
            } finally {
                eventLoop.runOnContext(ignored -> {
                    queuedRequests--;
                    updateReading();
                });
            }
            return null;
        });
    }

    /** Requests that came before the bad frame are still answered, then the error is sent and the connection closed. */
    private void onBadFrame(BadFrameException error) {
        log(() -> LOG.debugf("connection %d sent a bad frame: %s", id, error.getMessage()));
        closeAfterQueuedRequests(connectionError(ErrorCode.BAD_FRAME, error.getMessage()));
    }

    private void updateReading() {
        if (closing) {
            return;
        }
        boolean shouldPause = queuedRequests >= services.config().maxQueuedRequests() || socket.writeQueueFull();
        if (shouldPause != paused) {
            paused = shouldPause;
            if (paused) {
                socket.pause();
            } else {
                socket.resume();
            }
        }
    }

    /** On the event loop: from now, the connection has the sign-in timeout to authenticate (again). */
    private void startSignInDeadline() {
        if (signInDeadline >= 0) {
            eventLoop.owner().cancelTimer(signInDeadline);
        }
        signInDeadline = eventLoop.owner().setTimer(services.config().authTimeout().toMillis(),
                ignored -> closeIfUnauthenticated());
    }

    private void closeIfUnauthenticated() {
        if (identity == null && countedAsUnauthenticated.get()) {
            socket.end(connectionError(ErrorCode.UNAUTHENTICATED,
                    "no login within " + services.config().authTimeout().toSeconds() + " s; closing"));
        }
    }

    private void releaseUnauthenticatedSlot() {
        if (countedAsUnauthenticated.compareAndSet(true, false)) {
            services.unauthenticated().release(address);
        }
    }

    private void onClosed() {
        closed = true;
        releaseUnauthenticatedSlot();
        services.hub().remove(this);
        services.registry().remove(this);
    }

    /**
     * Closes at once, dropping whatever is still queued: {@code socket.close()} would first wait for the queue to
     * be flushed, which a peer that has stopped reading never lets happen.
     */
    private void cutOff() {
        ((NetSocketInternal) socket).channelHandlerContext().close();
    }

    private void write(Frame frame) {
        socket.write(encode(frame));
    }

    private Buffer tooManyWaiting() {
        return connectionError(ErrorCode.RATE_LIMITED, "too many connections from your address are waiting to sign in");
    }

    /** An error the connection sends on its own, outside any request: counted like the dispatcher's replies. */
    private Buffer connectionError(ErrorCode code, String message) {
        services.metrics().error(code);
        return encode(Replies.error(null, code, message));
    }

    private void log(Runnable logging) {
        ConnectionLogContext.log(id, logging);
    }

    private static Buffer encode(Frame frame) {
        return Buffer.buffer(FrameCodec.encode(frame));
    }
}
