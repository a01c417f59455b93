package messenger.cli;

import java.util.List;
import sun.misc.Signal;

/**
 * Runs an action on SIGINT and SIGTERM in place of the JVM's default, which would end the process with
 * status 130 or 143 before the command could finish cleanly and exit 0. {@code sun.misc.Signal} is the only
 * way to do that in Java 17 (it lives in the jdk.unsupported module, which every JDK ships).
 */
final class ShutdownSignals {

    private ShutdownSignals() {
    }

    static void onInterruptOrTerminate(Runnable action) {
        for (String name : List.of("INT", "TERM")) {
            try {
                Signal.handle(new Signal(name), signal -> action.run());
            } catch (IllegalArgumentException unsupported) {
                // This platform or JVM (-Xrs) does not let us handle it: the default behaviour stays.
            }
        }
    }
}
