package messenger.client.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/** Bytes per second over the last few seconds of progress reports, so a stall shows as a falling speed. */
public final class SpeedMeter {

    private static final long WINDOW_NANOS = 3_000_000_000L;

    private record Sample(long nanos, long bytes) {
    }

    private final LongSupplier nanoClock;
    private final Deque<Sample> samples = new ArrayDeque<>();

    public SpeedMeter(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** Records that {@code bytes} are done now and returns the current speed in bytes per second. */
    public synchronized long record(long bytes) {
        long now = nanoClock.getAsLong();
        if (!samples.isEmpty() && bytes < samples.peekLast().bytes()) {
            samples.clear();
        }
        samples.addLast(new Sample(now, bytes));
        while (samples.size() > 2 && now - samples.peekFirst().nanos() > WINDOW_NANOS) {
            samples.removeFirst();
        }
        Sample first = samples.peekFirst();
        long elapsed = now - first.nanos();
        return elapsed <= 0 ? 0 : (bytes - first.bytes()) * 1_000_000_000L / elapsed;
    }
}
