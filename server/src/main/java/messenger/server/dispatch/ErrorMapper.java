package messenger.server.dispatch;

import messenger.handlers.DatabaseUnavailable;
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

    private ErrorMapper() {
    }

    static RequestException toRequestException(Throwable failure, String requestType, long connectionId) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestException expected) {
                return expected;
            }
        }
        Throwable unavailable = DatabaseUnavailable.causeOf(failure);
        if (unavailable != null) {
            LOG.warnf("%s on connection %d: database unavailable (%s)", requestType, connectionId, unavailable);
            return new RequestException(ErrorCode.UNAVAILABLE, DatabaseUnavailable.isDiskFull(unavailable)
                    ? "the server's disk is full; try again later" : "the database is unavailable, retry later");
        }
        LOG.errorf(failure, "%s on connection %d failed", requestType, connectionId);
        return new RequestException(ErrorCode.INTERNAL, "internal server error");
    }
}
