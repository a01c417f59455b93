package messenger.server.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.liquibase.LiquibaseFactory;
import io.quarkus.liquibase.runtime.LiquibaseConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import liquibase.GlobalConfiguration;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.exception.LockException;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.ui.LoggerUIService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Brings the schema up to date at start-up with Liquibase, as Quarkus's {@code migrate-at-start} did (under
 * Liquibase's lock, validating first unless {@code quarkus.liquibase.validate-on-migrate=false}), unless Liquibase's
 * own log in the database already names every change set of the change log, which one query tells. Starting
 * Liquibase costs about 1.2 CPU seconds and a second at every start of a server whose schema is current
 * (docs/benchmarks.md). A new or older schema, a change log {@link ChangeSets} cannot read, or Liquibase's tables
 * moved elsewhere by configuration, go to Liquibase as before; servers starting side by side on an empty database
 * take its lock in turn, and the later ones find nothing to do.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);
    /** Before the scheduler (priority 0) starts jobs that read the schema, and before the listener takes requests. */
    private static final int BEFORE_EVERYTHING_ELSE = Interceptor.Priority.PLATFORM_BEFORE - 1;
    private static final String SUMMARY_OUTPUT = "liquibase.command.showSummaryOutput";
    private static final String DEFAULT_LOG_TABLE = "DATABASECHANGELOG";

    @Inject
    LiquibaseFactory liquibase;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.liquibase.enabled", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes @Priority(BEFORE_EVERYTHING_ELSE) StartupEvent event) throws Exception {
        LiquibaseConfig config = liquibase.getConfiguration();
        if (!enabled || config.migrateAtStart) {
            return; // Liquibase switched off, or Quarkus has run it already
        }
        Optional<ChangeSets> changeSets = logInTheDefaultPlace(config)
                ? ChangeSets.of(config.changeLog, Thread.currentThread().getContextClassLoader())
                : Optional.empty();
        if (changeSets.isPresent() && current(changeSets.get())) {
            LOG.debugf("schema current: all %d change sets applied", changeSets.get().size());
            return;
        }
        migrate(config.validateOnMigrate);
    }

    private static boolean logInTheDefaultPlace(LiquibaseConfig config) {
        return DEFAULT_LOG_TABLE.equals(config.databaseChangeLogTableName) && config.liquibaseSchemaName.isEmpty()
                && config.liquibaseCatalogName.isEmpty() && config.defaultSchemaName.isEmpty()
                && config.defaultCatalogName.isEmpty();
    }

    private boolean current(ChangeSets changeSets) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return changeSets.allAppliedIn(connection);
        }
    }

    /**
     * As Quarkus's migrate-at-start does, with Liquibase's progress and summary, which it writes to stdout, sent to
     * its logger instead (the category {@code liquibase}, shown from WARN), and the wait for its lock logged here:
     * on stdout they would break the JSON log's one object per line.
     */
    private void migrate(boolean validate) throws Exception {
        if (System.getProperty(SUMMARY_OUTPUT) == null) {
            System.setProperty(SUMMARY_OUTPUT, "LOG");
        }
        Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
            try (Liquibase migration = liquibase.createLiquibase()) {
                // validating creates Liquibase's log table when there is none: under the lock, as the update
                LockService lock = LockServiceFactory.getInstance().getLockService(migration.getDatabase());
                waitForLock(lock);
                try {
                    if (validate) {
                        migration.validate();
                    }
                    migration.update(liquibase.createContexts(), liquibase.createLabels());
                } finally {
                    lock.releaseLock();
                }
            }
        });
    }

    /**
     * {@link LockService#waitForLock()} as Liquibase does it, with its settings ({@code
     * liquibase.changelogLockWaitTimeInMinutes}, 5; {@code liquibase.changelogLockPollRate}, 10 s) and its failure,
     * but logged once here: Liquibase 4.33 prints "Waiting for changelog lock...." at every poll through a
     * {@code ConsoleUIService} it makes on the spot, onto stdout whatever UI service the scope names. Servers
     * starting together on an empty database wait there.
     */
    private static void waitForLock(LockService lock) throws LockException, InterruptedException {
        Duration wait = Duration.ofMinutes(GlobalConfiguration.CHANGELOGLOCK_WAIT_TIME.getCurrentValue());
        long pollMillis = Duration.ofSeconds(GlobalConfiguration.CHANGELOGLOCK_POLL_RATE.getCurrentValue()).toMillis();
        Instant giveUp = Instant.now().plus(wait);
        boolean told = false;
        while (!lock.acquireLock()) {
            if (!Instant.now().isBefore(giveUp)) {
                throw new LockException("Could not acquire change log lock.  Currently locked by " + holder(lock));
            }
            if (!told) {
                LOG.infof("waiting for Liquibase's lock on the schema, held by %s", holder(lock));
                told = true;
            }
            Thread.sleep(pollMillis);
        }
    }

    private static String holder(LockService lock) throws LockException {
        DatabaseChangeLogLock[] locks = lock.listLocks();
        if (locks.length == 0) {
            return "UNKNOWN";
        }
        Date granted = locks[0].getLockGranted();
        return locks[0].getLockedBy() + (granted == null ? "" : " since " + granted.toInstant());
    }
}
