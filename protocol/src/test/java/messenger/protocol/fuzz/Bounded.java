package messenger.protocol.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Runs one fuzz case under hard bounds: it must end within a time limit (a hang or a slow case fails instead
 * of stalling the build) and allocate at most a given number of bytes, measured with the allocation counter
 * of the thread that runs it.
 */
public final class Bounded {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Bounded() {
    }

    public static <T> T run(Duration maxTime, long maxAllocatedBytes, ThrowingSupplier<T> work) {
        return assertTimeoutPreemptively(maxTime, () -> {
            boolean measured = THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled();
            long before = measured ? THREADS.getCurrentThreadAllocatedBytes() : 0;
            T result = work.get();
            long allocated = measured ? THREADS.getCurrentThreadAllocatedBytes() - before : 0;
            if (allocated > maxAllocatedBytes) {
                throw new AssertionError("allocated " + allocated + " bytes, more than " + maxAllocatedBytes);
            }
            return result;
        });
    }
}
