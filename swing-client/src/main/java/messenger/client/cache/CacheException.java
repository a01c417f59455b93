package messenger.client.cache;

import java.sql.SQLException;

/** The cache database failed a read or a write it should not have (a full disk, a file taken away). */
public final class CacheException extends RuntimeException {

    CacheException(SQLException cause) {
        super("the local cache failed: " + cause.getMessage(), cause);
    }
}
