package messenger.handlers;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Whether the server has begun to stop. Scheduled work asks it before each step and, when a step fails, before
 * reporting the failure: the database may be closing under a run, which then just ends; what it had not done yet
 * waits for the next start. A singleton, not application-scoped: its users hold the instance itself, not a proxy
 * that would stop working once the container's contexts have ended under a run still going.
 */
@Singleton
public class ServerStopping {

    /** Before every other observer of the shutdown, some of which wait for a running job to notice. */
    private static final int BEFORE_OTHER_OBSERVERS = 1;

    @Inject
    Scheduler scheduler;

    private volatile boolean begun;

    /**
     * Also pauses the scheduler: a job it fired later in the shutdown could start after the container had gone,
     * and Quarkus's invoker then logs an ERROR for it (seen once in StructuredLogIT). A job already fired ends on
     * its own, as above.
     */
    void onStop(@Observes @Priority(BEFORE_OTHER_OBSERVERS) ShutdownEvent event) {
        begun = true;
        scheduler.pause();
    }

    /** The shutdown event may come after the database has closed; a stopping JVM says so at once. */
    public boolean now() {
        return begun || ApplicationLifecycleManager.isVmShuttingDown();
    }

    /**
     * Whether a step's failure ends a whole run that goes through many files or rows: the database cannot be
     * reached, or the server is stopping. Any other failure is that step's own, logged before the run goes on.
     */
    public boolean endsTheRun(RuntimeException failure) {
        return now() || DatabaseUnavailable.causeOf(failure) != null;
    }
}
