package messenger.client.controller;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * The one way the client runs work off the event thread. The outcome comes back on the event thread: the
 * result to {@code onSuccess}, a failure (unwrapped) to {@code onFailure}, which every caller must give, so no
 * failure is ever dropped. An exception thrown by either handler reaches the event thread's uncaught-exception handler.
 */
public final class Background {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "background-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private Background() {
    }

    public static <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        whenDone(CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, POOL), onSuccess, onFailure);
    }

    /** Hands the outcome of work that already runs elsewhere (a session's own thread) to the event thread. */
    public static <T> void whenDone(CompletableFuture<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        work.whenComplete((result, failure) -> SwingUtilities.invokeLater(() -> {
            if (failure == null) {
                onSuccess.accept(result);
            } else {
                onFailure.accept(unwrap(failure));
            }
        }));
    }

    /** The failure itself, without the wrappers that futures put around it. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
