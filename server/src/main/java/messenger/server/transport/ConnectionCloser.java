package messenger.server.transport;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import java.util.concurrent.CompletableFuture;
import messenger.protocol.ErrorCode;
import messenger.protocol.FrameCodec;
import messenger.server.dispatch.Replies;
import messenger.server.metrics.ServerMetrics;

/**
 * Ends a connection with a last frame of its own: at once, or once every request it has queued is answered (a bad
 * frame, a signed-out connection over its address's cap, the shutdown notice). Frames not yet read get no reply:
 * their senders retry elsewhere or later.
 *
 * <p>Threads: the event loop, but for {@link #drain}, which any thread may call. It keeps no state of its own.
 */
final class ConnectionCloser {

    private final NetSocket socket;
    private final Context eventLoop;
    private final BackPressure reading;
    private final OrderedRequests requests;
    private final ServerMetrics metrics;

    ConnectionCloser(NetSocket socket, Context eventLoop, BackPressure reading, OrderedRequests requests,
            ServerMetrics metrics) {
        this.socket = socket;
        this.eventLoop = eventLoop;
        this.reading = reading;
        this.requests = requests;
        this.metrics = metrics;
    }

    /** Stops reading, lets the requests already queued be answered, then sends {@code notice} and closes. */
    CompletableFuture<Void> drain(Buffer notice) {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        eventLoop.runOnContext(ignored -> closeAfterQueuedRequests(notice).onComplete(result -> closed.complete(null)));
        return closed;
    }

    void closeAfterQueuedRequests(ErrorCode code, String message) {
        closeAfterQueuedRequests(error(code, message));
    }

    void closeNow(ErrorCode code, String message) {
        reading.stop();
        socket.end(error(code, message));
    }

    private Future<Void> closeAfterQueuedRequests(Buffer last) {
        reading.stop();
        Promise<Void> closed = Promise.promise();
        requests.whenAllAnswered(() -> eventLoop.runOnContext(ignored -> socket.end(last).onComplete(closed)));
        return closed.future();
    }

    /** An error the connection sends on its own, outside any request: counted like the dispatcher's replies. */
    private Buffer error(ErrorCode code, String message) {
        metrics.error(code);
        return Buffer.buffer(FrameCodec.encode(Replies.error(null, code, message)));
    }
}
