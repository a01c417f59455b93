package messenger.handlers;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work tied to how the request's transaction ends, for state the database does not roll back: signing a
 * connection in or out only once it has committed, forgetting what was kept in memory when it has not.
 */
public final class TransactionOutcome {

    private TransactionOutcome() {
    }

    public static void afterCommit(TransactionSynchronizationRegistry transaction, Runnable work) {
        transaction.registerInterposedSynchronization(when(true, work));
    }

    /** To register with the transaction: runs {@code work} if it ends in anything but a commit. */
    public static Synchronization unlessCommitted(Runnable work) {
        return when(false, work);
    }

    private static Synchronization when(boolean committed, Runnable work) {
        return new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == committed) {
                    work.run();
                }
            }
        };
    }
}
