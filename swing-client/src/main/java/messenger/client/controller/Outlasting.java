package messenger.client.controller;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Work that must finish although the last window has closed: the JVM ends as soon as only daemon threads are left,
 * and the client's own threads are daemons, so a sign-out or a close would be cut off half way (the cache's last
 * writes, unsent messages discarded, an account's folder deleted). A thread that is no daemon waits for the work,
 * at most {@link #AT_MOST}, so a stuck server cannot keep a closed client running for ever.
 */
final class Outlasting {

    static final Duration AT_MOST = Duration.ofSeconds(30);

    private Outlasting() {
    }

    static void theWindow(CompletableFuture<?> work) {
        Thread waiter = new Thread(() -> {
            try {
                work.get(AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // the work itself reports its failure; here only its end counts
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "finishing");
        waiter.setDaemon(false);
        waiter.start();
    }
}
