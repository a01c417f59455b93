package messenger.server.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.liquibase.LiquibaseFactory;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.util.Map;
import java.util.Optional;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Brings the schema up to date at start-up with Liquibase, unless Liquibase's own log in the database already
 * names every change set of the change log, which one query tells. Starting Liquibase costs about 1.5 CPU seconds
 * and 1.3 s at every start of a server whose schema is current (docs/benchmarks.md); a new or older schema, or a
 * change log this class cannot read, is left to Liquibase as before, under its lock, so servers starting side by
 * side still migrate once.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);
    /** Before the scheduler (priority 0) starts jobs that read the schema, and before the listener takes requests. */
    private static final int BEFORE_EVERYTHING_ELSE = Interceptor.Priority.PLATFORM_BEFORE - 1;
    private static final String SUMMARY_OUTPUT = "liquibase.command.showSummaryOutput";

    @Inject
    LiquibaseFactory liquibase;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.liquibase.change-log")
    String changeLog;

    void onStart(@Observes @Priority(BEFORE_EVERYTHING_ELSE) StartupEvent event) throws Exception {
        Optional<ChangeSets> changeSets = ChangeSets.of(changeLog, Thread.currentThread().getContextClassLoader());
        if (changeSets.isPresent() && current(changeSets.get())) {
            LOG.debugf("schema current: all %d change sets applied", changeSets.get().size());
            return;
        }
        migrate();
    }

    private boolean current(ChangeSets changeSets) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return changeSets.allAppliedIn(connection);
        }
    }

    /**
     * As Quarkus's migrate-at-start does, with Liquibase's progress and summary, which it writes to stdout, sent to
     * its logger instead (the category {@code liquibase}, shown from WARN): on stdout they would break the JSON
     * log's one object per line.
     */
    private void migrate() throws Exception {
        if (System.getProperty(SUMMARY_OUTPUT) == null) {
            System.setProperty(SUMMARY_OUTPUT, "LOG");
        }
        Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
            try (Liquibase migration = liquibase.createLiquibase()) {
                migration.validate();
                migration.update(liquibase.createContexts(), liquibase.createLabels());
            }
        });
    }
}
