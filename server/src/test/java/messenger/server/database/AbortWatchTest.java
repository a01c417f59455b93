package messenger.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** The console lines of mariadbd starts that failed (as MariaDB 11.4 printed them) and of one that did not. */
class AbortWatchTest {

    private static final String[] PORT_TAKEN = {
        "2026-12-07 15:26:08 0 [Note] Starting MariaDB 11.4.5-MariaDB as process 18229",
        "2026-12-07 15:26:08 0 [ERROR] Can't start server: Bind on TCP/IP port. Got error: 98: Address already in use",
        "2026-12-07 15:26:08 0 [ERROR] Do you already have another server running on port: 44593 ?",
        "2026-12-07 15:26:08 0 [ERROR] Aborting",
    };

    private final AbortWatch watch = new AbortWatch(new OutputStreamLogDispatcher());

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void aPortTakenMeanwhileEndsTheWaitAndIsToldApart() {
        watch.watchFrom(Thread.currentThread());
        for (String line : PORT_TAKEN) {
            watch.dispatch(OutputStreamType.STDERR, line);
        }
        assertThat(Thread.currentThread().isInterrupted()).as("the waiting thread interrupted").isTrue();
        assertThat(watch.aborted()).isTrue();
        assertThat(watch.portTaken()).isTrue();
        assertThat(watch.errors()).isEqualTo("Can't start server: Bind on TCP/IP port. Got error: 98: Address already"
                + " in use; Do you already have another server running on port: 44593 ?");
    }

    @Test
    void damagedFilesEndTheWaitWithTheirReasonAndAreNoPortProblem() {
        watch.watchFrom(Thread.currentThread());
        watch.dispatch(OutputStreamType.STDERR,
                "2026-12-07 15:34:39 0 [ERROR] InnoDB: Plugin initialization aborted with error Data structure corruption");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        watch.dispatch(OutputStreamType.STDERR, "2026-12-07 15:34:40 0 [ERROR] Aborting");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThat(watch.portTaken()).isFalse();
        assertThat(watch.errors()).isEqualTo("InnoDB: Plugin initialization aborted with error Data structure corruption");
    }

    @Test
    void anAbortAfterTheStartInterruptsNobody() {
        watch.watchFrom(Thread.currentThread());
        watch.dispatch(OutputStreamType.STDERR, "2026-12-07 15:40:00 0 [Note] mariadbd: ready for connections.");
        watch.stopWatching();
        watch.dispatch(OutputStreamType.STDERR, "2026-12-07 16:00:00 0 [ERROR] Aborting");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(watch.aborted()).isFalse();
    }

    @Test
    void everyLineStillReachesTheLogAtMariaDb4jsLevel() {
        OutputStreamLogDispatcher relay = new OutputStreamLogDispatcher();
        for (String line : PORT_TAKEN) {
            Level expected = relay.dispatch(OutputStreamType.STDERR, line);
            assertThat(watch.dispatch(OutputStreamType.STDERR, line)).isEqualTo(expected);
        }
    }
}
