package messenger.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class RedisPoolResetsTest {

    private final RedisPoolResets filter = new RedisPoolResets();

    @Test
    void aResetPooledConnectionIsAWarning() {
        LogRecord reset = record(RedisPoolResets.LOGGER, "Unhandled Error", new SocketException("Connection reset"));

        assertThat(filter.isLoggable(reset)).isTrue();
        assertThat(reset.getLevel()).isEqualTo(Level.WARNING);
    }

    @Test
    void otherErrorsStayErrors() {
        LogRecord notIo = record(RedisPoolResets.LOGGER, "Unhandled Error", new IllegalStateException("bug"));
        LogRecord otherMessage = record(RedisPoolResets.LOGGER, "Something else", new SocketException("reset"));
        LogRecord otherLogger = record("io.vertx.core.net.impl.ConnectionBase", "Unhandled Error",
                new SocketException("reset"));

        for (LogRecord record : new LogRecord[] {notIo, otherMessage, otherLogger}) {
            assertThat(filter.isLoggable(record)).isTrue();
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
        }
    }

    private static LogRecord record(String logger, String message, Throwable thrown) {
        LogRecord record = new LogRecord(Level.SEVERE, message);
        record.setLoggerName(logger);
        record.setThrown(thrown);
        return record;
    }
}
