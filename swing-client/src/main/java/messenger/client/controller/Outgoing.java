package messenger.client.controller;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import messenger.client.cache.AccountCache;
import messenger.client.cache.PendingMessages.Pending;
import messenger.protocol.client.ChatSession;

/**
 * Hands the messages written here to the chat session in the order they were written, one at a time on a thread of
 * its own (never the event thread): a text or a shared file is first kept as pending in the cache, so that a crash
 * before the server's answer sends it again, stored once. Messages written quickly in a row cannot overtake one
 * another on their way to the cache or to the session's outbox, which sends them in the order it gets them. Counting
 * and discarding what waits take their turn too, so they include every message written before they were asked for.
 */
final class Outgoing {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ChatSession chat;
    private final AccountCache cache;
    private final Consumer<Throwable> onUnexpected;
    /**
     * At most one thread, so in order; it ends a second after its last task, so there is nothing to close. Not a
     * daemon: a message sent just before the last window closes is kept in the cache before the JVM may exit, and
     * goes out at the next start.
     */
    private final ThreadPoolExecutor inOrder = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), runnable -> new Thread(runnable, "outgoing-" + THREADS.incrementAndGet()));

    Outgoing(ChatSession chat, AccountCache cache, Consumer<Throwable> onUnexpected) {
        this.chat = chat;
        this.cache = cache;
        this.onUnexpected = onUnexpected;
        inOrder.allowCoreThreadTimeOut(true);
    }

    /** A text just written or a file just shared: kept in the cache, then sent, even when the cache cannot keep it. */
    void send(Pending written) {
        then(() -> {
            try {
                CacheGuard.write(() -> cache.pending().add(written));
            } finally {
                handOver(written);
            }
        });
    }

    /** What the cache kept from before the client last stopped, with the same {@code clientMsgId}s. */
    void resend(List<Pending> kept) {
        then(() -> kept.forEach(this::handOver));
    }

    /** How many messages written here the server has not stored yet. */
    CompletableFuture<Integer> waiting() {
        return CompletableFuture.supplyAsync(() -> CacheGuard.read(() -> cache.pending().all().size()).orElse(0),
                inOrder);
    }

    /** Forgets the messages not stored yet, so that no later start sends them. */
    CompletableFuture<Void> discardWaiting() {
        return CompletableFuture.runAsync(() -> CacheGuard.write(cache.pending()::removeAll), inOrder);
    }

    private void handOver(Pending pending) {
        chat.send(pending.conversation(), pending.clientMsgId(), pending.text(), pending.fileId(), pending.replyTo());
    }

    private void then(Runnable step) {
        Background.whenDone(CompletableFuture.runAsync(step, inOrder), done -> { }, onUnexpected);
    }
}
