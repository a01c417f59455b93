package messenger.server.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import messenger.handlers.DatabaseUnavailable;
import messenger.handlers.chat.LogReader;
import messenger.handlers.spi.Delivery;
import messenger.server.hub.SubscriberHub;
import org.jboss.logging.Logger;

/**
 * In a cluster, the one path by which this server pushes the log, in id order. A commit of this server that is
 * next after the cursor is pushed at once, as a server alone does; everything else (the other servers' commits,
 * and this server's when one of theirs came in between) it reads after its cursor from the database. A ring (a
 * commit here that was not next, or a notification from another server) makes it read at once; it also reads every
 * poll interval, so a lost notification or Redis being away delays a message by that much at most and loses
 * nothing.
 */
@ApplicationScoped
public class LogTail {

    private static final Logger LOG = Logger.getLogger(LogTail.class);
    private static final int PAGE = 500;

    private final Semaphore rings = new Semaphore(0);
    /** Held while the cursor moves and what it passed is published, so that the two paths keep the id order. */
    private final Object order = new Object();
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

    /** The entries of a commit of this server, ascending: pushed now if they are next in the log, else read. */
    public void committedHere(List<Delivery> entries) {
        synchronized (order) {
            if (thread != null && nextInTheLog(entries)) {
                hub.publish(entries);
                cursor = entries.get(entries.size() - 1).id();
                return;
            }
        }
        ring();
    }

    private boolean nextInTheLog(List<Delivery> entries) {
        long expected = cursor + 1;
        for (Delivery entry : entries) {
            if (entry.id() != expected++) {
                return false;
            }
        }
        return !entries.isEmpty();
    }

    private void run() {
        while (thread != null) {
            try {
                rings.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                rings.drainPermits();
                readToTheEnd();
            } catch (InterruptedException e) {
                return;
            } catch (Throwable e) {
                if (thread == null) {
                    // stopped while it read: the interrupt ends a wait for a connection with an exception
                    return;
                }
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
            long from;
            synchronized (order) {
                from = cursor;
            }
            stretch = reader.after(from, PAGE);
            synchronized (order) {
                long passed = cursor;
                List<Delivery> unseen = stretch.entries().stream().filter(entry -> entry.id() > passed).toList();
                if (!unseen.isEmpty()) {
                    hub.publish(unseen);
                }
                cursor = Math.max(cursor, stretch.lastId());
            }
        // a stretch merges a page of messages with a page of events, so a full one may hold more than a page
        } while (stretch.entries().size() >= PAGE && thread != null);
    }
}
