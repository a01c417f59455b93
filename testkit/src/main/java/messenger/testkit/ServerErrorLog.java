package messenger.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Collects the ERROR lines a server writes while tests run: those of a server in this JVM (records of
 * level SEVERE or above on the root logger, which is where JBoss Logging's ERROR lands) and those of every
 * {@link ServerProcess} started here (lines of its {@code server.log} written since its last check).
 */
public final class ServerErrorLog {

    private static final Handler IN_PROCESS = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                synchronized (IN_PROCESS_LINES) {
                    IN_PROCESS_LINES.add(describe(record));
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private static final List<String> IN_PROCESS_LINES = new ArrayList<>();
    private static final List<ServerProcess> PROCESSES = new ArrayList<>();

    private ServerErrorLog() {
    }

    /**
     * Listens on the root logger again if something (a Quarkus start sets the root handlers) removed the listener.
     */
    static void listen() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler == IN_PROCESS) {
                return;
            }
        }
        root.addHandler(IN_PROCESS);
    }

    static synchronized void started(ServerProcess process) {
        PROCESSES.add(process);
    }

    /** Another process starts writing to {@code log} at {@code at}: the earlier ones' lines end there. */
    static synchronized void logContinues(Path log, long at) {
        for (ServerProcess process : PROCESSES) {
            if (process.log().equals(log)) {
                process.endsAt(at);
            }
        }
    }

    /** Every ERROR line since the last call, in this JVM and in each server process; then forgets them. */
    static List<String> drain() {
        List<String> lines = new ArrayList<>();
        synchronized (IN_PROCESS_LINES) {
            lines.addAll(IN_PROCESS_LINES);
            IN_PROCESS_LINES.clear();
        }
        synchronized (ServerErrorLog.class) {
            for (ServerProcess process : PROCESSES) {
                lines.addAll(process.newErrorLines());
            }
            PROCESSES.removeIf(process -> !process.isRunning());
        }
        return lines;
    }

    private static String describe(LogRecord record) {
        StringBuilder line = new StringBuilder(record.getLevel() + " [" + record.getLoggerName() + "] ");
        line.append(formatted(record));
        for (Throwable cause = record.getThrown(); cause != null; cause = cause.getCause()) {
            line.append(" | ").append(cause);
        }
        return line.toString();
    }

    /**
     * The message with its parameters filled in. JBoss Logging's records (printf or MessageFormat style) know
     * how; this module does not depend on the log manager, so that is asked for by name.
     */
    private static String formatted(LogRecord record) {
        try {
            return (String) record.getClass().getMethod("getFormattedMessage").invoke(record);
        } catch (ReflectiveOperationException notJBoss) {
            return new SimpleFormatter().formatMessage(record);
        }
    }
}
