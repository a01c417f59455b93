package messenger.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Follows the server heap during a transfer: heap in use (garbage included) every 100 ms, and, every few
 * seconds, the live heap after a forced full collection, which is what the server really holds at that moment.
 */
final class HeapWatch {

    private static final long SAMPLE_MILLIS = 100;

    private final ServerProbe probe;
    private final long liveEveryMillis;
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakCommitted = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    private HeapWatch(ServerProbe probe, double liveEverySeconds) {
        this.probe = probe;
        this.liveEveryMillis = (long) (liveEverySeconds * 1000);
        this.thread = new Thread(this::watch, "heap-watch");
        this.thread.setDaemon(true);
    }

    static HeapWatch start(ServerProbe probe, double liveEverySeconds) {
        HeapWatch watch = new HeapWatch(probe, liveEverySeconds);
        watch.thread.start();
        return watch;
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join();
    }

    long peakUsedBytes() {
        return peakUsed.get();
    }

    long peakCommittedBytes() {
        return peakCommitted.get();
    }

    /** The largest live heap sampled (0 when live sampling is off or the transfer was too short for one). */
    long peakLiveBytes() {
        return peakLive.get();
    }

    private void watch() {
        long nextLive = System.currentTimeMillis() + liveEveryMillis;
        while (running) {
            try {
                peakUsed.accumulateAndGet(probe.heapUsedBytes(), Math::max);
                peakCommitted.accumulateAndGet(probe.heapCommittedBytes(), Math::max);
                if (liveEveryMillis > 0 && System.currentTimeMillis() >= nextLive) {
                    peakLive.accumulateAndGet(probe.liveHeapBytes(), Math::max);
                    nextLive = System.currentTimeMillis() + liveEveryMillis;
                }
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                System.err.println("heap watch: " + e);
                return;
            }
        }
    }
}
