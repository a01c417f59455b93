package messenger.handlers.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import messenger.handlers.DatabaseUnavailable;
import messenger.handlers.RunUnderWay;
import messenger.handlers.ServerStopping;
import messenger.handlers.chat.MessageCounterEntity;
import messenger.handlers.spi.SearchIndexPlacement;
import org.jboss.logging.Logger;

/**
 * Feeds the search index from the message log by id, on the scheduler's thread, never in a sender's path: each run
 * applies every log entry after the index's cursor, a batch per transaction, until a batch reaches the log's head.
 * A run stops there even while messages keep arriving: each batch ends in a refresh of the index's reader, which
 * writes a segment, and a run that chased every new message refreshed ten times a second (docs/benchmarks.md,
 * "One refresh per indexer run").
 *
 * <p>In a cluster one server keeps the index up to date and answers the others' searches ({@link IndexSearches});
 * the others bring their own copy up to date only every {@code messenger.search.standby-every}: indexing every
 * second on every server was most of what three servers added to a message's latency (docs/benchmarks.md, "Where
 * three servers' p99 goes: the search indexers").
 */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class);

    @Inject
    SearchIndex index;

    @Inject
    SearchConfig config;

    @Inject
    ServerStopping stopping;

    @Inject
    SearchIndexPlacement placement;

    private boolean checked;
    private long lastRunAt;
    private final RunUnderWay run = new RunUnderWay("search indexing");

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        run.awaitEnd();
    }

    @Scheduled(every = "${messenger.search.index-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUp() throws IOException {
        run.run(this::catchUpUnderWay);
    }

    private void catchUpUnderWay() throws IOException {
        try {
            if (stopping.now() || standingBy()) {
                return;
            }
            if (!checked) {
                clearIfAhead();
                checked = true;
            }
            long start = System.nanoTime();
            long from = index.cursor();
            int batches = 0;
            boolean more = true;
            while (more && !stopping.now()) {
                LogEntries.Batch batch = nextBatch();
                if (batch.upTo() == index.cursor() || !index.apply(batch.rows(), batch.upTo())) {
                    break;
                }
                batches++;
                more = batch.more();
            }
            if (batches > 1 && placement.keptHere()) {
                LOG.infof("search index caught up from log entry %d to %d in %.1f s", from, index.cursor(),
                        (System.nanoTime() - start) / 1e9);
            }
        } catch (IOException e) {
            if (!stopping.now()) {
                throw e;
            }
        } catch (RuntimeException e) {
            if (stopping.now()) {
                return;
            }
            Throwable unavailable = DatabaseUnavailable.causeOf(e);
            if (unavailable == null) {
                throw e;
            }
            // searches read the database too, so they fail as well; the index catches up when it is back
            LOG.warnf("search indexing paused, the database is unavailable (%s)", unavailable);
        }
    }

    /** Whether another server keeps the index, and this server's copy was brought up to date lately. */
    private boolean standingBy() {
        long now = System.nanoTime();
        if (checked && !placement.keptHere() && now - lastRunAt < config.standbyEvery().toNanos()) {
            return true;
        }
        lastRunAt = now;
        return false;
    }

    /** Brings the index up to date now, in the caller's thread (a scheduled run under way is waited for). */
    void catchUpNow() {
        try {
            catchUp();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index", e);
        }
    }

    /** The next batch of log entries after the cursor, read in a transaction of its own. */
    private LogEntries.Batch nextBatch() {
        long after = index.cursor();
        return QuarkusTransaction.requiringNew().call(() -> LogEntries.after(after, config.indexBatch()));
    }

    /** An index ahead of the log belongs to another database (the data directory restored, the database replaced). */
    private void clearIfAhead() throws IOException {
        long newest = QuarkusTransaction.requiringNew().call(MessageCounterEntity::lastCommittedId);
        if (index.cursor() > newest) {
            LOG.warnf("the search index is at log entry %d, the database only at %d: rebuilding it", index.cursor(),
                    newest);
            index.clear();
        }
    }
}
