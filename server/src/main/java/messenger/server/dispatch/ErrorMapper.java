package messenger.server.dispatch;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;
import messenger.handlers.spi.RequestException;
import messenger.protocol.ErrorCode;
import org.jboss.logging.Logger;

/**
 * The one place where failures become protocol errors. Expected failures carry their code; a database that
 * cannot be reached or is too contended becomes {@code UNAVAILABLE}; anything else is {@code INTERNAL}, logged
 * here with its stack trace and never sent to the client.
 */
final class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
    private static final Set<String> UNAVAILABLE_TYPES = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "org.hibernate.exception.LockAcquisitionException",
            "org.hibernate.PessimisticLockException",
            "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.LockTimeoutException",
            "org.hibernate.exception.LockTimeoutException");

    private ErrorMapper() {
    }

    static RequestException toRequestException(Throwable failure, String requestType, long connectionId) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestException expected) {
                return expected;
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isUnavailability(cause)) {
                LOG.warnf("%s on connection %d: database unavailable (%s)", requestType, connectionId, cause);
                return new RequestException(ErrorCode.UNAVAILABLE, "the database is unavailable, retry later");
            }
        }
        LOG.errorf(failure, "%s on connection %d failed", requestType, connectionId);
        return new RequestException(ErrorCode.INTERNAL, "internal server error");
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
