package messenger.server.transport;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import java.util.function.BooleanSupplier;
import messenger.server.hub.Subscriber;
import messenger.server.hub.SubscriberHub;
import messenger.server.metrics.ServerMetrics;
import org.jboss.logging.Logger;

/**
 * A connection as the hub sees it: pushes are queued on its socket, and a connection whose write queue is full is
 * cut off at once, so that a reader too slow for the pushes neither slows the others nor makes the server buffer
 * for it (it syncs after reconnecting).
 *
 * <p>Threads: {@link #push} runs on the thread that publishes (the message writer's), {@link #subscribe} on a
 * worker, {@link #unsubscribe} on a worker (sign-out) or the event loop (close). Its own state, who subscribed, is
 * written before the hub sees it; the hub's maps, volatile fields and the socket's writes are safe from any thread.
 */
final class PushSubscriber implements Subscriber {

    private static final Logger LOG = Logger.getLogger(PushSubscriber.class);

    private final long connection;
    private final NetSocket socket;
    private final SubscriberHub hub;
    private final ServerMetrics metrics;
    private final BooleanSupplier closed;
    private volatile long userId;
    private volatile String login;
    private volatile boolean allConversations;
    private volatile boolean idle;
    private volatile boolean subscribed;

    PushSubscriber(long connection, NetSocket socket, ConnectionServices services, BooleanSupplier closed) {
        this.connection = connection;
        this.socket = socket;
        this.hub = services.hub();
        this.metrics = services.metrics();
        this.closed = closed;
    }

    /**
     * Subscribing again replaces the last subscription: with or without {@code all} for the same user (who stays
     * present meanwhile), or for another user after a new sign-in.
     */
    void subscribe(long user, String userLogin, boolean all) {
        if (subscribed && user == userId) {
            allConversations = all;
            return;
        }
        hub.remove(this);
        userId = user;
        login = userLogin;
        allConversations = all;
        subscribed = true;
        hub.add(this);
        if (closed.getAsBoolean()) {
            // the client left while this request waited: the close may have unsubscribed before the add
            unsubscribe();
        }
    }

    void unsubscribe() {
        subscribed = false;
        hub.remove(this);
    }

    void setIdle(boolean nowIdle) {
        idle = nowIdle;
        if (subscribed) {
            hub.activityChanged(this);
        }
    }

    @Override
    public String login() {
        return login;
    }

    @Override
    public boolean idle() {
        return idle;
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public boolean allConversations() {
        return allConversations;
    }

    @Override
    public void push(Buffer frames, int messages) {
        if (closed.getAsBoolean()) {
            return;
        }
        if (socket.writeQueueFull()) {
            ConnectionLogContext.log(connection, () -> LOG.warnf(
                    "connection %d reads too slowly; closing it (it will sync after reconnecting)", connection));
            metrics.writeQueueDrop();
            hub.remove(this);
            VertxInternals.cutOff(socket);
            return;
        }
        // counted once written to the socket: pushes a closing connection discards are not sent
        socket.write(frames).onSuccess(written -> metrics.pushesSent(messages));
    }
}
