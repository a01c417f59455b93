package messenger.server.transport;

import io.vertx.core.net.NetSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;
import messenger.handlers.account.AccountSession;
import messenger.protocol.Frame;
import messenger.server.dispatch.ReplyFrame;
import org.jboss.logging.Logger;

/**
 * Runs a connection's requests off the event loop, one after another in arrival order, and writes their replies
 * in that order. Consecutive deferred requests overlap (see {@link messenger.handlers.spi.DeferredRequestHandler}):
 * a deferred request starts without waiting for earlier answers. Any other request starts only when every earlier
 * one is answered; until then the executor holds the connection's later requests back, but no thread. Once the
 * client has gone, a request runs only if its handler's rules say so ({@link messenger.handlers.spi.Runs}).
 *
 * <p>Threads: {@link #submit} and {@link #whenAllAnswered} are called on the event loop; requests run on the
 * connection's {@link SerialExecutor}, on worker threads; a reply is written on the thread that completes it (a
 * worker, or the one that answers a deferred request). {@code answered} is read and replaced only inside the
 * executor's tasks (a task that waits for it holds the executor until its worker has run), which run one at a
 * time, each after the previous one's completion, so it needs no lock.
 */
final class OrderedRequests {

    private static final Logger LOG = Logger.getLogger(OrderedRequests.class);

    private final long connection;
    private final ConnectionServices services;
    private final AccountSession session;
    private final BackPressure reading;
    private final BooleanSupplier closed;
    private final SerialExecutor executor;
    private final ReplyWriter writer;
    /** Completes once every request run so far is answered. */
    private CompletableFuture<Void> answered = CompletableFuture.completedFuture(null);

    OrderedRequests(long connection, AccountSession session, NetSocket socket, BackPressure reading,
            BooleanSupplier closed, ConnectionServices services) {
        this.connection = connection;
        this.services = services;
        this.session = session;
        this.reading = reading;
        this.closed = closed;
        this.executor = new SerialExecutor(services.workers(), connection);
        this.writer = new ReplyWriter(connection, socket, reading, closed);
    }

    void submit(Frame frame) {
        executor.execute(() -> run(frame));
    }

    /** Runs {@code then} once every request submitted so far is answered, on the thread that answered the last. */
    void whenAllAnswered(Runnable then) {
        executor.execute(() -> answered.whenComplete((done, failure) -> then.run()));
    }

    /**
     * A request starts only once the write queue has room (files being sent included), so unread replies cannot
     * pile up in memory, nor files opened for them.
     */
    private CompletionStage<?> run(Frame frame) {
        if (!closed.getAsBoolean() && reading.writeQueueFull()) {
            return reading.roomToWrite().thenComposeAsync(room -> runWithRoom(frame), services.workers());
        }
        return runWithRoom(frame);
    }

    private CompletionStage<?> runWithRoom(Frame frame) {
        if (closed.getAsBoolean() && !services.dispatcher().runsOnceClosed(frame)) {
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
        CompletableFuture<ReplyFrame> reply = services.dispatcher().dispatch(frame, session);
        // completes normally whatever happens, so one failure cannot hold up every later reply
        answered = answered.thenCombine(reply, (earlier, answer) -> answer).handle((answer, failure) -> {
            try {
                if (failure != null) {
                    throw failure;
                }
                writer.write(answer);
            } catch (Throwable unexpected) {
                ConnectionLogContext.log(connection,
                        () -> LOG.errorf(unexpected, "connection %d: a reply could not be sent", connection));
            } finally {
                reading.requestAnswered();
            }
            return null;
        });
    }
}
