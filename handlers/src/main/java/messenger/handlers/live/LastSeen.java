package messenger.handlers.live;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import messenger.handlers.DatabaseUnavailable;
import messenger.handlers.ServerStopping;
import messenger.handlers.account.UserEntity;
import org.jboss.logging.Logger;

/**
 * When each user's last connection closed. Connections close on the event loop, which must not wait for the
 * database, so the times gather here and are written every few seconds in one transaction; until then they are
 * read from here. At most one entry per user waits.
 */
@ApplicationScoped
public class LastSeen {

    private static final Logger LOG = Logger.getLogger(LastSeen.class);

    private final Map<Long, Instant> unwritten = new ConcurrentHashMap<>();
    @Inject
    ServerStopping stopping;

    public void record(long userId, Instant at) {
        unwritten.put(userId, at);
    }

    /**
     * The user's last-seen time: the later of one not written yet and the stored one, which another server may
     * have written since (null if never seen).
     */
    public Instant of(UserEntity user) {
        Instant pending = unwritten.get(user.id);
        if (pending == null || user.lastSeenAt != null && user.lastSeenAt.isAfter(pending)) {
            return user.lastSeenAt;
        }
        return pending;
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void writeNow() {
        if (stopping.now()) {
            return;
        }
        try {
            write();
        } catch (RuntimeException e) {
            if (!stopping.now()) {
                throw e;
            }
        }
    }

    private void write() {
        if (unwritten.isEmpty()) {
            return;
        }
        Map<Long, Instant> batch = new HashMap<>(unwritten);
        try {
            QuarkusTransaction.requiringNew().run(() -> batch.forEach((user, at) ->
                    UserEntity.update("lastSeenAt = ?1 where id = ?2 and (lastSeenAt is null or lastSeenAt < ?1)",
                            at, user)));
            batch.forEach(unwritten::remove);
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causeOf(e) == null) {
                throw e;
            }
            // kept for the next run: the readiness check reports the outage
            LOG.warnf("last-seen times not written, the database is unavailable (%s)", e.toString());
        }
    }

    /** The last write; no scheduled one runs after it has begun. */
    void onStop(@Observes ShutdownEvent event) {
        write();
    }
}
