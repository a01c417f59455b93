package messenger.server.cluster;

import io.quarkus.logging.LoggingFilter;
import java.io.IOException;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * The Redis client logs "Unhandled Error" at ERROR when an idle connection of its pool is reset, which is what Redis
 * going away does to it; the pool drops that connection by itself and {@link RedisLink} already warns that Redis is
 * unreachable and carries on without it. Logged as WARN, so an ERROR line keeps meaning something needs a person.
 */
@LoggingFilter(name = "redis-pool-resets")
public final class RedisPoolResets implements Filter {

    static final String LOGGER = "io.vertx.redis.client.impl.RedisConnectionManager";

    @Override
    public boolean isLoggable(LogRecord record) {
        if (LOGGER.equals(record.getLoggerName()) && "Unhandled Error".equals(record.getMessage())
                && record.getThrown() instanceof IOException) {
            record.setLevel(Level.WARNING);
        }
        return true;
    }
}
