package messenger.bench;

import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import messenger.protocol.Message;

/**
 * The pushes of one sending period. Every message of the period carries its due time in its {@code clientMsgId}
 * ({@code <token>:<dueNanos>:<sender>:<sequence>}), so whichever connection receives it measures send→delivery
 * from the moment the message was meant to be sent; messages of other periods (a warm-up) are told apart by
 * the token. Pushes are recorded on the receiving connections' reader threads.
 */
final class PhaseDeliveries {

    private static final long DRAIN_TIMEOUT_NANOS = 60_000_000_000L;
    private static final long QUIET_NANOS = 5_000_000_000L;

    private final String prefix;
    private final Latencies sendToDelivery = new Latencies();
    private final LongAdder count = new LongAdder();
    private final LongAccumulator lastDelivery = new LongAccumulator(Math::max, Long.MIN_VALUE);

    PhaseDeliveries(String token) {
        this.prefix = token + ":";
    }

    String clientMsgId(long dueNanos, int sender, long sequence) {
        return prefix + dueNanos + ":" + sender + ":" + sequence;
    }

    boolean isOfThisPhase(Message message) {
        String id = message.clientMsgId();
        return id != null && id.startsWith(prefix);
    }

    /**
     * Counts a push of this period and records its send→delivery into the overall histogram and into
     * {@code alsoInto} (null: nowhere else); returns false, recording nothing, for a push of another period.
     */
    boolean record(Message message, Latencies alsoInto) {
        if (!isOfThisPhase(message)) {
            return false;
        }
        long now = System.nanoTime();
        String id = message.clientMsgId();
        int end = id.indexOf(':', prefix.length());
        long latency = now - Long.parseLong(id, prefix.length(), end, 10);
        sendToDelivery.record(latency);
        if (alsoInto != null) {
            alsoInto.record(latency);
        }
        count.increment();
        lastDelivery.accumulate(now);
        return true;
    }

    long count() {
        return count.sum();
    }

    Latencies sendToDelivery() {
        return sendToDelivery;
    }

    /** Until {@code expected} pushes arrived, or nothing arrived for a while, or the drain timeout ran out. */
    void await(long expected) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN_TIMEOUT_NANOS;
        long seen = -1;
        long lastProgress = System.nanoTime();
        while (count.sum() < expected && System.nanoTime() < deadline
                && System.nanoTime() - lastProgress < QUIET_NANOS) {
            long now = count.sum();
            if (now != seen) {
                seen = now;
                lastProgress = System.nanoTime();
            }
            Thread.sleep(10);
        }
    }

    /** Pushes per second over the sending period, extended to the last push when that came later. */
    double perSecond(long startNanos, double seconds) {
        long end = startNanos + (long) (seconds * 1e9);
        return count.sum() / ((Math.max(end, lastDelivery.get()) - startNanos) / 1e9);
    }
}
