package messenger.server.transport;

import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import messenger.handlers.spi.Identity;
import messenger.handlers.spi.Session;
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
 * One client connection: frames in, requests run one after another off the event loop, replies and pushes
 * out. Reading pauses while too many requests are queued or the write queue is full, so a client that
 * sends faster than it reads cannot make the server buffer without bound.
 */
final class Connection implements Session, Subscriber {

    private static final Logger LOG = Logger.getLogger(Connection.class);
    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final NetSocket socket;
    private final Context eventLoop;
    private final ConnectionServices services;
    private final SerialExecutor requests;
    private volatile Identity identity;
    private int queuedRequests;
    private boolean paused;

    Connection(NetSocket socket, Context eventLoop, ConnectionServices services) {
        this.socket = socket;
        this.eventLoop = eventLoop;
        this.services = services;
        this.requests = new SerialExecutor(services.workers());
    }

    void start() {
        services.registry().add(this);
        socket.setWriteQueueMaxSize(services.config().maxWriteQueueBytes());
        socket.handler(new FrameParser(services.limits(), this::onFrame, this::onBadFrame));
        socket.drainHandler(ignored -> updateReading());
        socket.exceptionHandler(error -> socket.close());
        socket.closeHandler(ignored -> onClosed());
    }

    // ---- Session ------------------------------------------------------------------------------------

    @Override
    public long connectionId() {
        return id;
    }

    @Override
    public Optional<Identity> identity() {
        return Optional.ofNullable(identity);
    }

    @Override
    public void authenticate(Identity identity) {
        this.identity = identity;
    }

    @Override
    public void subscribe() {
        services.hub().add(this);
    }

    @Override
    public FrameLimits limits() {
        return services.limits();
    }

    void signOut() {
        identity = null;
        services.hub().remove(this);
    }

    // ---- Subscriber ---------------------------------------------------------------------------------

    @Override
    public void push(Buffer frame) {
        if (socket.writeQueueFull()) {
            LOG.warnf("connection %d reads too slowly; closing it (it will sync after reconnecting)", id);
            services.hub().remove(this);
            socket.close();
            return;
        }
        socket.write(frame);
    }

    // ---- event loop ---------------------------------------------------------------------------------

    private void onFrame(Frame frame) {
        queuedRequests++;
        updateReading();
        requests.execute(() -> {
            write(services.dispatcher().dispatch(frame, this));
            eventLoop.runOnContext(ignored -> {
                queuedRequests--;
                updateReading();
            });
        });
    }

    private void onBadFrame(BadFrameException error) {
        LOG.debugf("connection %d sent a bad frame: %s", id, error.getMessage());
        socket.pause();
        socket.end(encode(Replies.error(null, ErrorCode.BAD_FRAME, error.getMessage())));
    }

    private void updateReading() {
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

    private void onClosed() {
        services.hub().remove(this);
        services.registry().remove(this);
    }

    private void write(Frame frame) {
        socket.write(encode(frame));
    }

    private static Buffer encode(Frame frame) {
        return Buffer.buffer(FrameCodec.encode(frame));
    }
}
