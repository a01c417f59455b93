package messenger.server.transport;

import io.vertx.core.Context;
import io.vertx.core.net.NetSocket;

/**
 * Pauses reading from a connection while too many of its requests are queued or its write queue is full, and
 * resumes once both have room again, so that a client that sends faster than it reads cannot make the server
 * buffer without bound. Once stopped (the connection is closing) it reads no more.
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

    boolean isStopped() {
        return stopped;
    }

    private void update() {
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
}
