package messenger.server.transport;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs the tasks given to it one at a time, in order, on a shared pool: one per connection. A task may hand
 * back a stage that has not completed yet; the next task then starts once it has, and no thread waits for it
 * meanwhile.
 */
final class SerialExecutor {

    static final CompletionStage<Void> DONE = CompletableFuture.completedFuture(null);

    private static final Logger LOG = Logger.getLogger(SerialExecutor.class);

    private final Executor pool;
    private final long connection;
    private final Queue<Supplier<CompletionStage<?>>> tasks = new ArrayDeque<>();
    private boolean draining;

    SerialExecutor(Executor pool, long connection) {
        this.pool = pool;
        this.connection = connection;
    }

    void execute(Supplier<CompletionStage<?>> task) {
        synchronized (tasks) {
            tasks.add(task);
            if (draining) {
                return;
            }
            draining = true;
        }
        pool.execute(this::drain);
    }

    private void drain() {
        while (true) {
            Supplier<CompletionStage<?>> next;
            synchronized (tasks) {
                next = tasks.poll();
                if (next == null) {
                    draining = false;
                    return;
                }
            }
            CompletionStage<?> finished = run(next);
            if (!finished.toCompletableFuture().isDone()) {
                // still draining: nobody else starts this queue while the task finishes
                finished.whenComplete((ignored, failure) -> pool.execute(this::drain));
                return;
            }
        }
    }

    private CompletionStage<?> run(Supplier<CompletionStage<?>> task) {
        try {
            return task.get();
        } catch (RuntimeException e) {
            ConnectionLogContext.log(connection, () -> LOG.error("a connection task failed", e));
            return DONE;
        }
    }
}
