package messenger.server.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import messenger.handlers.DatabaseUnavailable;
import messenger.handlers.chat.LogReader;
import messenger.server.hub.SubscriberHub;
import org.jboss.logging.Logger;

/**
 * In a cluster, the one path by which this server pushes the log: it reads every entry after its cursor from the
 * database, its own servers' and the others', and publishes them in id order. A ring (a commit here, or a
 * notification from another server) makes it read at once; it also reads every poll interval, so a lost
 * notification or Redis being away delays a message by that much at most and loses nothing.
 */
@ApplicationScoped
public class LogTail {

    private static final Logger LOG = Logger.getLogger(LogTail.class);
    private static final int PAGE = 500;

    private final Semaphore rings = new Semaphore(0);
    private volatile Thread thread;
    private long cursor;

    @Inject
    LogReader reader;

    @Inject
    SubscriberHub hub;

    @Inject
    ClusterConfig config;

    /** Follows the log from its newest entry on: what came before, clients fetch by sync. */
    void start() {
        cursor = reader.newestId();
        thread = new Thread(this::run, "log-tail");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() throws InterruptedException {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            running.join(5_000);
        }
    }

    /** Something was committed: read now rather than at the next poll. */
    public void ring() {
        rings.release();
    }

    private void run() {
        while (thread != null) {
            try {
                rings.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                rings.drainPermits();
                readToTheEnd();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (DatabaseUnavailable.causeOf(e) == null) {
                    // this thread must outlive any failure; the next poll reads from the same cursor again
                    LOG.error("following the log failed", e);
                } else {
                    LOG.warnf("following the log paused, the database is unavailable (%s)", e.toString());
                }
            }
        }
    }

    private void readToTheEnd() {
        LogReader.Stretch stretch;
        do {
            stretch = reader.after(cursor, PAGE);
            if (!stretch.entries().isEmpty()) {
                hub.publish(stretch.entries());
                cursor = stretch.lastId();
            }
        } while (stretch.entries().size() == PAGE && thread != null);
    }
}
