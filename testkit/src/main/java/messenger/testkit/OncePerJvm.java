package messenger.testkit;

import java.util.function.Supplier;

/**
 * Something expensive that the test classes of one JVM share, such as a started server: made by the first class
 * that asks, closed when the JVM exits. JUnit's root store would not do: Surefire and Failsafe with more than one
 * fork run each test class in an execution of its own, whose root store closes after that class.
 */
public final class OncePerJvm<T extends AutoCloseable> {

    private final Supplier<T> factory;
    private T value;

    public OncePerJvm(Supplier<T> factory) {
        this.factory = factory;
    }

    public synchronized T get() {
        if (value == null) {
            T made = factory.get();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(made), "close-at-exit"));
            value = made;
        }
        return value;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // the JVM is exiting and its tests have reported: all that is left is to say so
            System.err.println("closing " + closeable + " at exit failed: " + e);
        }
    }
}
