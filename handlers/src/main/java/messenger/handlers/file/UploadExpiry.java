package messenger.handlers.file;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import messenger.handlers.MessengerConfig;
import org.jboss.logging.Logger;

/** Deletes unfinished uploads that have seen no chunk for {@code messenger.upload-expiry}, bytes first. */
@ApplicationScoped
public class UploadExpiry {

    private static final Logger LOG = Logger.getLogger(UploadExpiry.class);
    private static final int BATCH = 100;

    @Inject
    MessengerConfig config;

    @Inject
    UploadDigests digests;

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireIdleUploads() {
        expireIdleSince(Instant.now().minus(config.uploadExpiry()));
    }

    /** Deletes up to one batch of uploads idle since before {@code cutoff}; returns how many. */
    @Transactional
    public int expireIdleSince(Instant cutoff) {
        List<FileEntity> idle = FileEntity.<FileEntity>find("status = ?1 and updatedAt < ?2",
                FileStatus.UPLOADING, cutoff).page(0, BATCH).list();
        for (FileEntity upload : idle) {
            FileChunks.deleteAll(upload.id);
            digests.forget(upload.id);
            upload.delete();
        }
        if (!idle.isEmpty()) {
            LOG.infof("deleted %d unfinished uploads idle since before %s", idle.size(), cutoff);
        }
        return idle.size();
    }
}
