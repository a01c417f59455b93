package messenger.protocol.fuzz;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Runs one fuzz case under hard bounds: it may use at most a given CPU time and allocate at most a given number
 * of bytes, both measured with the counters of the thread that runs it, so a busy machine (other builds, a
 * garbage collection) does not make a fast case look slow. A case over either bound runs a second time and only
 * that run is judged: the first may have loaded classes (and, while fuzzing, Jazzer instruments every class it
 * loads). A case still running after {@link #HANG} of wall-clock time has hung and fails at once instead of
 * stalling the build. Cases run one after another on one worker thread, which a hung case leaves behind.
 */
public final class Bounded {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    static final Duration HANG = Duration.ofSeconds(60);
    private static ExecutorService worker = newWorker();

    private Bounded() {
    }

    public static synchronized <T> T run(Duration maxCpuTime, long maxAllocatedBytes, ThrowingSupplier<T> work) {
        Measured<T> first = measure(work);
        if (first.within(maxCpuTime, maxAllocatedBytes)) {
            return first.result();
        }
        Measured<T> second = measure(work);
        if (second.cpuNanos() > maxCpuTime.toNanos()) {
            throw new AssertionError("used " + Duration.ofNanos(second.cpuNanos()) + " of CPU time, more than "
                    + maxCpuTime);
        }
        if (second.allocated() > maxAllocatedBytes) {
            throw new AssertionError("allocated " + second.allocated() + " bytes, more than " + maxAllocatedBytes);
        }
        return second.result();
    }

    private record Measured<T>(T result, long allocated, long cpuNanos) {
        boolean within(Duration maxCpuTime, long maxAllocatedBytes) {
            return cpuNanos <= maxCpuTime.toNanos() && allocated <= maxAllocatedBytes;
        }
    }

    private static <T> Measured<T> measure(ThrowingSupplier<T> work) {
        Future<Measured<T>> result = worker.submit(() -> {
            boolean measured = THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled();
            long before = measured ? THREADS.getCurrentThreadAllocatedBytes() : 0;
            long cpuBefore = THREADS.getCurrentThreadCpuTime();
            T value;
            try {
                value = work.get();
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable other) {
                throw new AssertionError(other);
            }
            return new Measured<>(value, measured ? THREADS.getCurrentThreadAllocatedBytes() - before : 0,
                    THREADS.getCurrentThreadCpuTime() - cpuBefore);
        });
        try {
            return result.get(HANG.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw new AssertionError("did not end within " + HANG + ": hung");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "bounded-fuzz-case");
            thread.setDaemon(true);
            return thread;
        });
    }
}
