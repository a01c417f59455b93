package messenger.handlers.file;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import messenger.handlers.DatabaseUnavailable;
import messenger.handlers.HandlerConfig;
import messenger.handlers.RunUnderWay;
import messenger.handlers.ServerStopping;
import org.jboss.logging.Logger;

/**
 * Gets rid of uploads that will never finish: those idle for {@code messenger.upload-expiry} are discarded, and
 * every discarded file (expired, failed at {@code upload.finish}, or no longer posted) loses its bytes a part at a
 * time, then its row. Deleting the gigabytes of a large upload in one transaction would outlast its timeout and be
 * rolled back again at every try; a server stopped half way picks up where it was on its next run. Nothing limits
 * how many uploads a user starts, so uploads are discarded and read in batches of
 * {@code messenger.upload-expiry-batch}: neither a transaction nor the memory of a run grows with their number.
 */
@ApplicationScoped
public class UploadExpiry {

    private static final Logger LOG = Logger.getLogger(UploadExpiry.class);

    @Inject
    HandlerConfig config;

    @Inject
    UploadDigests digests;

    @Inject
    FileStores stores;

    @Inject
    ServerStopping stopping;

    private final RunUnderWay run = new RunUnderWay("upload expiry");

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        run.awaitEnd();
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void expireIdleUploads() {
        run.run(this::expireUnderWay);
    }

    private void expireUnderWay() {
        try {
            int expired = discardIdleSince(Instant.now().minus(config.uploadExpiry()));
            int deleted = deleteDiscarded();
            if (expired > 0 || deleted > 0) {
                LOG.infof("%d unfinished uploads expired; %d discarded uploads deleted with their bytes",
                        expired, deleted);
            }
        } catch (RuntimeException e) {
            if (stopping.now()) {
                return;
            }
            Throwable unavailable = DatabaseUnavailable.causeOf(e);
            if (unavailable == null) {
                throw e;
            }
            // the readiness check reports the outage; this run's work waits for the next one, nothing is lost
            LOG.warnf("upload expiry skipped, the database is unavailable (%s); next run in 10 minutes",
                    unavailable);
        }
    }

    /**
     * Discards the unfinished uploads that have seen no chunk since before {@code cutoff}, a batch per transaction
     * (there is no limit to how many a user may leave); returns how many.
     */
    public int discardIdleSince(Instant cutoff) {
        int discarded = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> discardSomeIdleSince(cutoff));
            discarded += batch;
        } while (batch == batchSize());
        return discarded;
    }

    private int discardSomeIdleSince(Instant cutoff) {
        return Panache.getEntityManager().createNativeQuery("update files set status = :discarded"
                        + " where status = :uploading and updated_at < :cutoff order by updated_at limit :batch")
                .setParameter("discarded", FileStatus.DISCARDED.name())
                .setParameter("uploading", FileStatus.UPLOADING.name())
                .setParameter("cutoff", cutoff)
                .setParameter("batch", batchSize())
                .executeUpdate();
    }

    /**
     * Deletes every discarded file, its bytes first, a page of them at a time; returns how many. A file whose bytes
     * other files still share waits until they are discarded too; that is checked again under the lock a proven
     * upload takes to share them ({@link SharedBytes}), since one may have come to share them after the page was
     * read.
     */
    public int deleteDiscarded() {
        int deleted = 0;
        for (List<Long> page = deletableAfter(0); !page.isEmpty(); page = deletableAfter(page.get(page.size() - 1))) {
            for (long fileId : page) {
                if (deleteOrLog(fileId)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /** The ids of the next page of discarded files whose bytes no other file uses, by id from {@code after}. */
    private List<Long> deletableAfter(long after) {
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager().createQuery(
                        "select f.id from FileEntity f where f.status = ?1 and f.id > ?2 and not exists (select 1"
                                + " from FileEntity s where s.bytesOf = f.id and s.status <> ?1) order by f.id",
                        Long.class)
                .setParameter(1, FileStatus.DISCARDED)
                .setParameter(2, after)
                .setMaxResults(batchSize())
                .getResultList());
    }

    /** At least one: a batch of none would never end the loops that go on while batches come back full. */
    private int batchSize() {
        return Math.max(1, config.uploadExpiryBatch());
    }

    /** One file whose bytes cannot be deleted (a file system error, say) must not keep the others' bytes. */
    private boolean deleteOrLog(long fileId) {
        try {
            return delete(fileId);
        } catch (RuntimeException e) {
            if (stopping.endsTheRun(e)) {
                throw e;
            }
            LOG.errorf(e, "deleting the bytes of discarded file %d failed; trying again at the next run", fileId);
            return false;
        }
    }

    private boolean delete(long fileId) {
        Optional<SharedBytes.Stores> at = QuarkusTransaction.requiringNew()
                .call(() -> SharedBytes.lockForDeletion(fileId));
        if (at.isEmpty()) {
            return false;
        }
        digests.forget(fileId);
        stores.named(at.get().store()).deleteAll(fileId);
        if (at.get().movedFrom() != null) {
            // discarded within the grace after a move: its old bytes would have nobody left to delete them
            stores.named(at.get().movedFrom()).deleteAll(fileId);
        }
        QuarkusTransaction.requiringNew().run(() -> FileEntity.deleteById(fileId));
        return true;
    }
}
