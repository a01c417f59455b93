package messenger.server;

import io.quarkus.bootstrap.logging.InitialConfigurator;
import java.util.logging.Handler;
import java.util.logging.Level;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * Prints what is logged before Quarkus has set up logging at once. Quarkus holds those lines back until it starts,
 * and the embedded database starts first: its first start installs it, which took 30 s on a busy machine, and the
 * operator saw nothing meanwhile (nor anything at all when it hung, until it gave up). Quarkus replaces this
 * handler with its configured ones as it starts, so lines before that reach the console only, not a configured
 * log file. With JSON logging the lines are still held back, so that every line stays JSON.
 */
final class StartupLog {

    /** As {@code quarkus.log.console.format} in application.properties. */
    private static final String FORMAT = "%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c{2.}] (%t) %X %s%e%n";
    /** The server's own progress, and what goes wrong elsewhere (the configured levels are not read yet). */
    private static final String OWN_CATEGORY = "messenger.";

    private StartupLog() {
    }

    static void showAtOnce() {
        ConsoleHandler console = new ConsoleHandler(new PatternFormatter(FORMAT));
        console.setFilter(line -> line.getLevel().intValue() >= Level.WARNING.intValue()
                || line.getLevel().intValue() >= Level.INFO.intValue() && line.getLoggerName() != null
                        && line.getLoggerName().startsWith(OWN_CATEGORY));
        InitialConfigurator.DELAYED_HANDLER.setHandlers(new Handler[] {console});
    }
}
