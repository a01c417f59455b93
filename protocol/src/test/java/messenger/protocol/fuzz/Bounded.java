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
 * Runs one fuzz case under hard bounds: it must end within a time limit (a hang or a slow case fails instead
 * of stalling the build) and allocate at most a given number of bytes, measured with the allocation counter
 * of the thread that runs it. A case over the allocation bound runs a second time and only that count is
 * judged: the first may have loaded classes (and, while fuzzing, Jazzer instruments every class it loads).
 * Cases run one after another on one worker thread, which a case that overran its time leaves behind.
 */
public final class Bounded {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static ExecutorService worker = newWorker();

    private Bounded() {
    }

    public static synchronized <T> T run(Duration maxTime, long maxAllocatedBytes, ThrowingSupplier<T> work) {
        Measured<T> first = measure(maxTime, work);
        if (first.allocated() <= maxAllocatedBytes) {
            return first.result();
        }
        Measured<T> second = measure(maxTime, work);
        if (second.allocated() > maxAllocatedBytes) {
            throw new AssertionError("allocated " + second.allocated() + " bytes, more than " + maxAllocatedBytes);
        }
        return second.result();
    }

    private record Measured<T>(T result, long allocated) {
    }

    private static <T> Measured<T> measure(Duration maxTime, ThrowingSupplier<T> work) {
        Future<Measured<T>> result = worker.submit(() -> {
            boolean measured = THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled();
            long before = measured ? THREADS.getCurrentThreadAllocatedBytes() : 0;
            T value;
            try {
                value = work.get();
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable other) {
                throw new AssertionError(other);
            }
            return new Measured<>(value, measured ? THREADS.getCurrentThreadAllocatedBytes() - before : 0);
        });
        try {
            return result.get(maxTime.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw new AssertionError("did not end within " + maxTime);
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
