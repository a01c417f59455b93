package messenger.server.transport;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import messenger.server.ServerConfig;

/** The threads that run request handlers, off the Vert.x event loops. */
@ApplicationScoped
@Typed(WorkerPool.class)
public class WorkerPool implements Executor {

    private static final long SHUTDOWN_WAIT_SECONDS = 10;

    private final ExecutorService threads;

    @Inject
    public WorkerPool(ServerConfig config) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "messenger-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.threads = Executors.newFixedThreadPool(config.workerThreads(), factory);
    }

    @Override
    public void execute(Runnable task) {
        threads.execute(task);
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        threads.shutdown();
        threads.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
    }
}
