package messenger.server.transport;

import io.vertx.core.Context;
import io.vertx.core.net.NetSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Pauses reading from a connection while too many of its requests are queued or its write queue is full, and
 * resumes once both have room again, so that a client that sends faster than it reads cannot make the server
 * buffer without bound. Once stopped (the connection is closing) it reads no more. It also tells the connection's
 * requests when the write queue has room again, so a client that does not read its replies holds at most one
 * reply beyond the write queue's limit in the server's memory.
 *
 * <p>Threads: the event loop owns every field; {@link #requestAnswered} may be called from any thread and moves
 * onto the event loop itself.
 */
final class BackPressure {

    private final NetSocket socket;
    private final Context eventLoop;
    private final int maxQueuedRequests;
    private int queuedRequests;
    private boolean paused;
    private boolean stopped;
    private boolean closed;
    private final List<CompletableFuture<Void>> waitingForRoom = new ArrayList<>();

    BackPressure(NetSocket socket, Context eventLoop, int maxQueuedRequests) {
        this.socket = socket;
        this.eventLoop = eventLoop;
        this.maxQueuedRequests = maxQueuedRequests;
    }

    void start(int maxWriteQueueBytes) {
        socket.setWriteQueueMaxSize(maxWriteQueueBytes);
        socket.drainHandler(ignored -> update());
    }

    void requestQueued() {
        queuedRequests++;
        update();
    }

    void requestAnswered() {
        eventLoop.runOnContext(ignored -> {
            queuedRequests--;
            update();
        });
    }

    /** For good: frames already read may still arrive, and are to be dropped ({@link #isStopped}). */
    void stop() {
        stopped = true;
        socket.pause();
    }

    /** The socket has closed: nothing waits for room any more. */
    void connectionClosed() {
        closed = true;
        releaseWaiting();
    }

    /**
     * Completes, on the event loop, once the write queue has room or the connection has closed. May be called from
     * any thread.
     */
    CompletionStage<Void> roomToWrite() {
        CompletableFuture<Void> room = new CompletableFuture<>();
        eventLoop.runOnContext(ignored -> {
            if (closed || !socket.writeQueueFull()) {
                room.complete(null);
            } else {
                waitingForRoom.add(room);
            }
        });
        return room;
    }

    boolean isStopped() {
        return stopped;
    }

    private void update() {
        if (!socket.writeQueueFull()) {
            releaseWaiting();
        }
        if (stopped) {
            return;
        }
        boolean shouldPause = queuedRequests >= maxQueuedRequests || socket.writeQueueFull();
        if (shouldPause != paused) {
            paused = shouldPause;
            if (paused) {
                socket.pause();
            } else {
                socket.resume();
            }
        }
    }

    private void releaseWaiting() {
        List<CompletableFuture<Void>> released = List.copyOf(waitingForRoom);
        waitingForRoom.clear();
        released.forEach(room -> room.complete(null));
    }
}
