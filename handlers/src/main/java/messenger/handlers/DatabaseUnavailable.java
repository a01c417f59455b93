package messenger.handlers;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
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

    /** The first cause in the chain that says so, if any. */
    public static Throwable causeOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isUnavailability(cause)) {
                return cause;
            }
        }
        return null;
    }

    private static boolean isUnavailability(Throwable cause) {
        return cause instanceof SQLTransientConnectionException
                || cause instanceof SQLRecoverableException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLTransactionRollbackException
                || cause instanceof ConnectException
                || UNAVAILABLE_TYPES.contains(cause.getClass().getName())
                || String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
