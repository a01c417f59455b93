package messenger.handlers;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * A scheduled job's run under way, which the server's shutdown waits for: the run sees that the server is stopping
 * ({@link ServerStopping}) at its next step and ends there while transactions and the database still work. Had
 * the shutdown gone on, the run's transaction would have outlived the container, and Quarkus logs an ERROR for
 * that.
 */
public final class RunUnderWay {

    private static final Logger LOG = Logger.getLogger(RunUnderWay.class);
    private static final int STOP_WAIT_SECONDS = 10;

    /** What the run does, for the log. */
    private final String job;
    private final ReentrantLock running = new ReentrantLock();

    public RunUnderWay(String job) {
        this.job = job;
    }

    /** A run's steps. */
    @FunctionalInterface
    public interface Steps<E extends Exception> {
        void run() throws E;
    }

    /** Runs {@code steps} as the run under way; a run already under way in another thread is waited for. */
    public <E extends Exception> void run(Steps<E> steps) throws E {
        running.lock();
        try {
            steps.run();
        } finally {
            running.unlock();
        }
    }

    /** For the shutdown: waits for the run under way, if any, up to ten seconds. */
    public void awaitEnd() throws InterruptedException {
        if (running.tryLock(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
            running.unlock();
        } else {
            LOG.warnf("%s still busy after %d s of shutdown; stopping without it", job, STOP_WAIT_SECONDS);
        }
    }
}
