package messenger.bench;

import java.util.concurrent.locks.LockSupport;

/**
 * Fires an action at a fixed rate, open loop: the n-th firing is due at {@code start + n × interval} whatever
 * the earlier ones took, and the action is handed that due time. Latency measured from the due time therefore
 * includes any stall of the system under test, even one that held up this thread (no coordinated omission);
 * a driver that fell behind fires the overdue actions at once to catch up.
 */
final class OpenLoopDriver {

    interface Action {
        void fire(long dueNanos, long sequence);
    }

    private OpenLoopDriver() {
    }

    /** Runs on the calling thread from {@code startNanos} until {@code endNanos}; returns how many actions fired. */
    static long run(double perSecond, long startNanos, long endNanos, Action action) {
        double intervalNanos = 1e9 / perSecond;
        long sequence = 0;
        while (!Thread.currentThread().isInterrupted()) {
            long due = startNanos + (long) (sequence * intervalNanos);
            if (due >= endNanos) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
                continue;
            }
            action.fire(due, sequence++);
        }
        return sequence;
    }
}
