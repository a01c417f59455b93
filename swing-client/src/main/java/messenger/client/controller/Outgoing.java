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
 * A refused message tried again goes the same way, behind those written before.
 */
final class Outgoing {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ChatSession chat;
    private final AccountCache cache;
    private final Consumer<Throwable> onUnexpected;
    private final RefusedCounts refused;
    /**
     * At most one thread, so in order; it ends a second after its last task, so there is nothing to close. Not a
     * daemon: a message sent just before the last window closes is kept in the cache before the JVM may exit, and
     * goes out at the next start.
     */
    private final ThreadPoolExecutor inOrder = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), runnable -> new Thread(runnable, "outgoing-" + THREADS.incrementAndGet()));

    Outgoing(ChatSession chat, AccountCache cache, RefusedCounts refused, Consumer<Throwable> onUnexpected) {
        this.chat = chat;
        this.cache = cache;
        this.refused = refused;
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

    /** A refused message the user tries again: waiting once more, then sent, the same {@code clientMsgId}. */
    void retry(Pending refusedBefore) {
        then(() -> {
            Pending kept = CacheGuard.read(() -> cache.pending().retry(refusedBefore)).orElse(refusedBefore);
            refused.recount();
            handOver(kept);
        });
    }

    /** A refused message the user discards: no longer kept. */
    void discard(String clientMsgId) {
        then(() -> {
            CacheGuard.write(() -> cache.pending().remove(clientMsgId));
            refused.recount();
        });
    }

    /** How many messages written here the server has not stored yet: waiting, and refused. */
    CompletableFuture<Unsent> unsent() {
        return CompletableFuture.supplyAsync(() -> new Unsent(
                CacheGuard.read(() -> cache.pending().all().size()).orElse(0),
                CacheGuard.read(() -> cache.pending().refusedCounts().values().stream()
                        .mapToInt(Integer::intValue).sum()).orElse(0)), inOrder);
    }

    /** Forgets the messages not stored yet, waiting or refused, so that no later start sends or shows them. */
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
