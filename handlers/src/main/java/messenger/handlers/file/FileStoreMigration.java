package messenger.handlers.file;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import messenger.handlers.DatabaseUnavailable;
import messenger.handlers.HandlerConfig;
import messenger.handlers.RunUnderWay;
import messenger.handlers.ServerStopping;
import org.jboss.logging.Logger;

/**
 * With {@code messenger.migrate-files=true}, moves every complete file stored elsewhere into the configured store,
 * one file at a time in the background while the server serves: copy in pieces, verify the copy's SHA-256, then
 * switch the file's row (and the rows of files sharing its bytes) to the new store. Until the switch, readers read
 * the old bytes; they are deleted only {@code messenger.migrate-files-grace} after it, when no reader can still be
 * at them. A restart at any point loses nothing: a copy cut short is started again, a switch is one transaction,
 * and bytes waiting to be deleted are named in the row. A file whose bytes cannot be moved as they are (missing,
 * unreadable, or not matching its SHA-256), or whose old bytes cannot be deleted, is logged and left alone for
 * {@code messenger.migrate-files-retry-after}; a run that the database fails ends, and the next tries its file
 * again.
 */
@ApplicationScoped
public class FileStoreMigration {

    private static final Logger LOG = Logger.getLogger(FileStoreMigration.class);
    private static final int PIECE = 1 << 20;
    /** Failed files remembered at most; one forgotten early is only tried again sooner. */
    private static final int MAX_FAILED_KEPT = 100_000;
    private static final int ROWS_PER_PAGE = 100;

    @Inject
    HandlerConfig config;

    @Inject
    FileStores stores;

    @Inject
    ServerStopping stopping;

    @Inject
    DataSource dataSource;

    /** Whether the last run found another server moving files, so that the wait is logged once, not every run. */
    private volatile boolean waiting;
    /** The state the last run logged, so that a migration with nothing to do is not logged every run. */
    private volatile String lastReport;
    /**
     * Files that could not be moved lately, or whose old bytes could not be deleted, left alone until their entry
     * expires: copying a corrupt file again every run would read and write all of it, and log it, every 30 seconds
     * for ever.
     */
    private Cache<Long, Boolean> failedLately;
    /** The retry delay as it is configured ({@code 1h}), for the log. */
    private String retryAfter;

    private final RunUnderWay run = new RunUnderWay("moving files");

    @PostConstruct
    void init() {
        failedLately = Caffeine.newBuilder()
                .maximumSize(MAX_FAILED_KEPT)
                .expireAfterWrite(config.migrateFilesRetryAfter())
                .build();
        retryAfter = config.migrateFilesRetryAfter().toString().substring("PT".length()).toLowerCase(Locale.ROOT);
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        run.awaitEnd();
    }

    @Scheduled(every = "${messenger.migrate-files-every:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void migrateInBackground() {
        if (config.migrateFiles()) {
            runOnce();
        }
    }

    /**
     * One run, as the scheduler starts every {@code messenger.migrate-files-every} while
     * {@code messenger.migrate-files} is on: deletes the old bytes whose grace is over, then moves what it can.
     */
    public void runOnce() {
        run.run(this::migrateUnderWay);
    }

    private void migrateUnderWay() {
        try (MigrationLock lock = MigrationLock.tryTake(dataSource)) {
            if (lock == null) {
                if (!waiting) {
                    LOG.info("moving files waits: another server sharing the database is moving them");
                    waiting = true;
                }
                return;
            }
            waiting = false;
            int deleted = deleteMovedAwayBytes(Instant.now().minus(config.migrateFilesGrace()));
            int moved = moveAll(lock::held);
            report(moved, deleted);
        } catch (SQLException e) {
            if (!stopping.now()) {
                LOG.warnf("moving files skipped, the database is unavailable (%s); trying again later", e);
            }
        } catch (RuntimeException e) {
            if (stopping.now()) {
                return;
            }
            Throwable unavailable = DatabaseUnavailable.causeOf(e);
            if (unavailable == null) {
                throw e;
            }
            LOG.warnf("moving files skipped, the database is unavailable (%s); trying again later", unavailable);
        }
    }

    /**
     * Moves every complete file that is not in the configured store yet, one after the other while
     * {@code stillAlone} says no other server can be moving files; returns how many it moved.
     */
    private int moveAll(BooleanSupplier stillAlone) {
        String target = stores.forNewFiles().name();
        int moved = 0;
        for (Long next = nextToMove(target, 0); next != null && !stopping.now() && stillAlone.getAsBoolean();
                next = nextToMove(target, next)) {
            if (failedLately.getIfPresent(next) != null) {
                continue;
            }
            Moved outcome = moveOrLog(next, target, stillAlone);
            if (outcome == Moved.MOVED) {
                moved++;
            } else if (outcome == Moved.FAILED) {
                failedLately.put(next, Boolean.TRUE);
            }
        }
        return moved;
    }

    /**
     * Logs how far the migration is, when that changed: the operator turns it off once every file is in the new
     * store and every old copy is deleted, which happens a grace period after the last file moved.
     */
    private void report(int moved, int deleted) {
        String target = stores.forNewFiles().name();
        // an unfinished upload keeps the store it began in, and moves once it is complete
        long left = QuarkusTransaction.requiringNew().call(() -> FileEntity.count(
                "status <> ?1 and store <> ?2", FileStatus.DISCARDED, target));
        long oldCopies = QuarkusTransaction.requiringNew().call(() -> FileEntity.count("movedFrom is not null"));
        String state = left == 0 && oldCopies == 0
                ? "every file is in the " + target + " store and no old copy is left;"
                        + " messenger.migrate-files can be turned off"
                : left + " files (complete or still uploading) are elsewhere still, and the old bytes of "
                        + oldCopies + " moved files wait to be deleted";
        if (moved > 0 || deleted > 0 || !state.equals(lastReport)) {
            LOG.infof("moved %d files to the %s store, deleted the old bytes of %d; %s", moved, target, deleted, state);
            lastReport = state;
        }
    }

    /**
     * Deletes the old bytes of files moved before {@code cutoff}, a page of rows at a time; returns for how many
     * files. Old bytes that cannot be deleted are logged and left alone, as a file that cannot be moved is.
     */
    public int deleteMovedAwayBytes(Instant cutoff) {
        int deleted = 0;
        for (List<FileEntity> page = movedBefore(cutoff, 0); !page.isEmpty();
                page = movedBefore(cutoff, page.get(page.size() - 1).id)) {
            for (FileEntity file : page) {
                if (failedLately.getIfPresent(file.id) == null && deleteMovedAwayBytes(file)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private boolean deleteMovedAwayBytes(FileEntity file) {
        try {
            stores.named(file.movedFrom).deleteAll(file.id);
            QuarkusTransaction.requiringNew().run(() -> FileEntity.update(
                    "movedFrom = null, movedAt = null where id = ?1", file.id));
            return true;
        } catch (RuntimeException e) {
            if (stopping.endsTheRun(e)) {
                throw e;
            }
            // one file system error must not keep the other files from moving
            LOG.warnf("deleting the old bytes of moved file %d from the %s store failed (%s); tried again in %s",
                    file.id, file.movedFrom, causes(e), retryAfter);
            failedLately.put(file.id, Boolean.TRUE);
            return false;
        }
    }

    private static List<FileEntity> movedBefore(Instant cutoff, long after) {
        return QuarkusTransaction.requiringNew().call(() -> FileEntity.<FileEntity>find(
                        "movedFrom is not null and movedAt < ?1 and id > ?2 order by id", cutoff, after)
                .page(0, ROWS_PER_PAGE).list());
    }

    /**
     * The first file after {@code after} to move, by id: a run goes through the files once, past those it leaves.
     * Files whose bytes others share move with them, also when the owner itself was discarded since; files with
     * old bytes still to delete wait for that.
     */
    private Long nextToMove(String target, long after) {
        return QuarkusTransaction.requiringNew().call(() -> FileEntity.<FileEntity>find(
                        "from FileEntity f where f.id > ?3 and f.store <> ?2 and f.bytesOf is null"
                                + " and f.movedFrom is null and (f.status = ?1 or exists (select 1 from FileEntity s"
                                + " where s.bytesOf = f.id and s.status = ?1)) order by f.id",
                        FileStatus.COMPLETE, target, after)
                .firstResultOptional().map(file -> file.id).orElse(null));
    }

    /**
     * One file that cannot be moved (its old bytes missing or unreadable, say) must not stop the others. A
     * database that cannot be reached is no fault of the file: that ends the run, and the next tries it again.
     */
    private Moved moveOrLog(long id, String target, BooleanSupplier stillAlone) {
        try {
            return move(id, target, stillAlone);
        } catch (RuntimeException e) {
            if (stopping.endsTheRun(e)) {
                throw e;
            }
            if (!stillWanted(id)) {
                // discarded and deleted while it was being copied: the copy is all that is left to delete
                deleteCopyIfAlone(id, target, stillAlone);
                return Moved.LEFT;
            }
            LOG.warnf("moving file %d to the %s store failed (%s); it stays where it is, tried again in %s", id,
                    target, causes(e), retryAfter);
            deleteCopyIfAlone(id, target, stillAlone);
            return Moved.FAILED;
        }
    }

    /** A failure and its causes on one line: a stack trace for each such file every hour says no more. */
    private static String causes(Throwable failure) {
        StringBuilder line = new StringBuilder(failure.toString());
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            line.append("; caused by ").append(cause);
        }
        return line.toString();
    }

    private static boolean stillWanted(long id) {
        return QuarkusTransaction.requiringNew().call(() -> SharedBytes.lockForSharing(id).isPresent());
    }

    /**
     * Copies one file into {@code target} and switches its readers there. The target's bytes of a file are where any
     * server moving it would write them, and its readers may already be there: so nothing is written or deleted
     * there once {@code stillAlone} no longer holds (the lock's connection lost, another server may have taken over),
     * and a file found already in the target store is left as it is.
     */
    private Moved move(long id, String target, BooleanSupplier stillAlone) {
        FileEntity file = QuarkusTransaction.requiringNew().call(() -> FileEntity.<FileEntity>findById(id));
        if (file == null || file.store.equals(target)) {
            return Moved.LEFT; // deleted, or moved by another server, since it was listed
        }
        FileStore from = stores.of(file);
        FileStore to = stores.named(target);
        if (!stillAlone.getAsBoolean()) {
            return Moved.LEFT;
        }
        to.deleteAll(id); // what an earlier copy cut short left behind
        for (long offset = 0; offset < file.size; offset += PIECE) {
            if (!stillAlone.getAsBoolean()) {
                LOG.infof("moving file %d stopped: this server no longer holds the migration's lock", id);
                return Moved.LEFT;
            }
            long at = offset;
            int length = (int) Math.min(PIECE, file.size - offset);
            byte[] piece = QuarkusTransaction.requiringNew().call(() -> from.read(id, at, length));
            QuarkusTransaction.requiringNew().run(() -> to.write(id, at, piece));
        }
        to.doneWriting(id);
        String copied = to.sha256(id, file.size);
        if (!copied.equals(file.sha256)) {
            LOG.warnf("the copy of file %d in the %s store does not match its SHA-256; it stays in the %s store,"
                    + " tried again in %s", id, target, file.store, retryAfter);
            deleteCopyIfAlone(id, target, stillAlone);
            return Moved.FAILED;
        }
        if (!stillAlone.getAsBoolean()) {
            LOG.infof("moving file %d stopped: this server no longer holds the migration's lock", id);
            return Moved.LEFT;
        }
        Switch outcome = QuarkusTransaction.requiringNew().call(() -> {
            Optional<String> store = SharedBytes.lockForSharing(id);
            if (store.isEmpty()) {
                return Switch.NOT_WANTED; // the expiry is deleting its bytes
            }
            if (!store.get().equals(file.store)) {
                return Switch.MOVED_BY_ANOTHER;
            }
            FileEntity locked = FileEntity.findById(id);
            locked.movedFrom = locked.store;
            locked.movedAt = Instant.now();
            locked.store = target;
            FileEntity.update("store = ?1 where bytesOf = ?2", target, id);
            return Switch.SWITCHED;
        });
        if (outcome == Switch.NOT_WANTED) {
            deleteCopyIfAlone(id, target, stillAlone);
        }
        return outcome == Switch.SWITCHED ? Moved.MOVED : Moved.LEFT;
    }

    /**
     * Deletes the copy in the target store, unless another server may be moving the file now, or the file's row
     * names that store after all (a switch whose commit was answered by an error may have committed).
     */
    private void deleteCopyIfAlone(long id, String target, BooleanSupplier stillAlone) {
        boolean read = QuarkusTransaction.requiringNew().call(() -> FileEntity.<FileEntity>findByIdOptional(id)
                .filter(file -> target.equals(file.store)).isPresent());
        if (!read && stillAlone.getAsBoolean()) {
            stores.named(target).deleteAll(id);
        }
    }

    private enum Switch { SWITCHED, NOT_WANTED, MOVED_BY_ANOTHER }

    /** What became of a file a run tried to move. */
    private enum Moved {
        /** It is in the target store now. */
        MOVED,
        /** Nothing wrong with it, but it stays: deleted or moved by another server meanwhile, or the lock lost. */
        LEFT,
        /** Its bytes cannot be moved as they are: it stays, and no run tries it again before the retry delay. */
        FAILED
    }
}
