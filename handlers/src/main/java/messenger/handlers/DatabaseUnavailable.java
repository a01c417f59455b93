package messenger.handlers;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a failure means the database cannot be reached or is too contended right now (worth trying again later)
 * rather than a bug: the one answer the request dispatcher and the scheduled jobs share.
 */
public final class DatabaseUnavailable {

    private static final Set<String> UNAVAILABLE_TYPES = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "org.hibernate.exception.LockAcquisitionException",
            "org.hibernate.PessimisticLockException",
            "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.LockTimeoutException",
            "org.hibernate.exception.LockTimeoutException");

    private DatabaseUnavailable() {
    }

    /**
     * The first cause in the chain that says so, if any. Suppressed exceptions count too: a commit that fails
     * because the connection went away is reported by the transaction manager as a RollbackException carrying the
     * driver's exception only as suppressed.
     */
    public static Throwable causeOf(Throwable failure) {
        return causeOf(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Throwable causeOf(Throwable failure, Set<Throwable> seen) {
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (isUnavailability(cause)) {
                return cause;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                Throwable found = causeOf(suppressed, seen);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * MySQL's and MariaDB's "the table is full" (1114) and "disk full" (1021): the database's disk has no room
     * left, which the operator fixes and the client retries after.
     */
    public static boolean isDiskFull(Throwable cause) {
        return cause instanceof SQLException sql && (sql.getErrorCode() == 1114 || sql.getErrorCode() == 1021);
    }

    private static boolean isUnavailability(Throwable cause) {
        return isDiskFull(cause)
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLRecoverableException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLTransactionRollbackException
                || cause instanceof ConnectException
                || UNAVAILABLE_TYPES.contains(cause.getClass().getName())
                || String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
