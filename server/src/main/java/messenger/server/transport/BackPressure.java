package messenger.server.transport;

import io.vertx.core.Context;
import io.vertx.core.net.NetSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pauses reading from a connection while too many of its requests are queued or its write queue is full, and
 * resumes once both have room again, so that a client that sends faster than it reads cannot make the server
 * buffer without bound. Once stopped (the connection is closing) it reads no more. It also tells the connection's
 * requests when the write queue has room again, so a client that does not read its replies holds at most one
 * reply beyond the write queue's limit in the server's memory.
 *
 * <p>Files being sent from the disk ({@link ReplyWriter}) count as full too: Netty counts a file region as 0 bytes,
 * so their bytes are added here, and a connection has at most {@code maxQueuedRequests} files open for sending.
 * Without that a client that pipelines small reads and never reads the replies could make the server open a file
 * per request, thousands of them, before its write queue looked full.
 *
 * <p>Threads: the event loop owns every field but the counts of files being sent, which are atomic;
 * {@link #requestAnswered}, {@link #fileSendStarted}, {@link #fileSendEnded} and {@link #writeQueueFull} may be
 * called from any thread (the first and third move onto the event loop themselves).
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
    private final AtomicLong fileBytesBeingSent = new AtomicLong();
    private final AtomicInteger filesBeingSent = new AtomicInteger();
    private volatile int maxWriteQueueBytes = Integer.MAX_VALUE;
    private Runnable parseHeld = () -> { };

    BackPressure(NetSocket socket, Context eventLoop, int maxQueuedRequests) {
        this.socket = socket;
        this.eventLoop = eventLoop;
        this.maxQueuedRequests = maxQueuedRequests;
    }

    /**
     * @param parseHeld parses the bytes read before a pause but not yet parsed ({@link FrameParser#resume}); run
     *     on resuming, before the socket reads again, and it may pause reading again
     */
    void start(int maxWriteQueueBytes, Runnable parseHeld) {
        this.maxWriteQueueBytes = maxWriteQueueBytes;
        this.parseHeld = parseHeld;
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

    /** A file's bytes were queued for sending after their frame's head. */
    void fileSendStarted(long bytes) {
        filesBeingSent.incrementAndGet();
        fileBytesBeingSent.addAndGet(bytes);
    }

    /** A file's bytes have all been sent, or will never be. */
    void fileSendEnded(long bytes) {
        filesBeingSent.decrementAndGet();
        fileBytesBeingSent.addAndGet(-bytes);
        try {
            eventLoop.runOnContext(ignored -> update());
        } catch (RejectedExecutionException stopping) {
            // a send cut off as the event loops stop at shutdown: nothing is left to resume
        }
    }

    /** The socket's write queue is full, counting the files being sent, or too many files are being sent. */
    boolean writeQueueFull() {
        return socket.writeQueueFull() || fileBytesBeingSent.get() >= maxWriteQueueBytes
                || filesBeingSent.get() >= maxQueuedRequests;
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
            if (closed || !writeQueueFull()) {
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

    /** Whether no more frames are to be read for now (event loop). */
    boolean isPaused() {
        return paused || stopped;
    }

    private void update() {
        if (!writeQueueFull()) {
            releaseWaiting();
        }
        if (stopped) {
            return;
        }
        boolean shouldPause = queuedRequests >= maxQueuedRequests || writeQueueFull();
        if (shouldPause != paused) {
            paused = shouldPause;
            if (paused) {
                socket.pause();
            } else {
                parseHeld.run();
                if (!paused && !stopped) {
                    socket.resume();
                }
            }
        }
    }

    private void releaseWaiting() {
        List<CompletableFuture<Void>> released = List.copyOf(waitingForRoom);
        waitingForRoom.clear();
        released.forEach(room -> room.complete(null));
    }
}
