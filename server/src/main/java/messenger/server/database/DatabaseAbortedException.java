package messenger.server.database;

import ch.vorburger.exec.ManagedProcessException;

/** The embedded mariadbd gave up starting; the message holds the errors it gave. */
public final class DatabaseAbortedException extends ManagedProcessException {

    private final boolean portTaken;

    DatabaseAbortedException(String errors, boolean portTaken, Throwable cause) {
        super("mariadbd gave up: " + (errors.isEmpty() ? "it gave no error" : errors), cause);
        this.portTaken = portTaken;
    }

    /** Whether another process took its port between the choice of the port and the bind. */
    boolean portTaken() {
        return portTaken;
    }
}
