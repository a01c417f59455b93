package messenger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import messenger.protocol.client.MessengerClient;

/**
 * Requests of one type at a fixed total rate, spread evenly over several connections, one {@link OpenLoopDriver}
 * thread per connection. Requests are pipelined ({@code call}), so a sender never waits for a reply, and the
 * latency of each is taken from its due time to its reply.
 */
final class OpenLoopRequests {

    private static final long START_DELAY_NANOS = 100_000_000L;
    private static final long DRAIN_TIMEOUT_NANOS = 60_000_000_000L;

    /** Makes the body of one request; {@code connection} is the index of the connection it goes on. */
    interface Bodies {
        Object body(long dueNanos, int connection, long sequence);
    }

    /**
     * What came back; the rate counts replies over the period, extended by any time the replies were late.
     * {@code unanswered} requests had no reply when the drain timeout ran out: their latency is not in the
     * histogram, and they are still queued in the server. {@code okByConnection} counts the {@code ok} replies
     * of each connection, in the order the connections were given.
     */
    record Outcome(long startNanos, long sent, long ok, long errors, long unanswered, String firstError,
                   double okPerSecond, Latencies latencies, AtomicLongArray okByConnection) {

        Report toReport() {
            return new Report().put("sent", sent).put("ok", ok).put("errors", errors).put("unanswered", unanswered)
                    .put("firstError", firstError).put("okPerSecond", okPerSecond).put("latency", latencies.summary());
        }
    }

    private OpenLoopRequests() {
    }

    static Outcome run(List<MessengerClient> clients, String type, double perSecond, double seconds, Bodies bodies)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        LongAdder ok = new LongAdder();
        AtomicLongArray okByConnection = new AtomicLongArray(clients.size());
        LongAdder errors = new LongAdder();
        AtomicLong sent = new AtomicLong();
        AtomicLong outstanding = new AtomicLong();
        LongAccumulator lastReply = new LongAccumulator(Math::max, Long.MIN_VALUE);
        AtomicReference<String> firstError = new AtomicReference<>();

        long start = System.nanoTime() + START_DELAY_NANOS;
        long end = start + (long) (seconds * 1e9);
        double perConnection = perSecond / clients.size();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            MessengerClient client = clients.get(i);
            int connection = i;
            long offset = (long) (i * 1e9 / perSecond);
            OpenLoopDriver.Action send = (due, sequence) -> {
                outstanding.incrementAndGet();
                client.call(type, bodies.body(due, connection, sequence), null).whenComplete((reply, error) -> {
                    long now = System.nanoTime();
                    if (error == null) {
                        ok.increment();
                        okByConnection.incrementAndGet(connection);
                        latencies.record(now - due);
                    } else {
                        errors.increment();
                        firstError.compareAndSet(null, error.toString());
                    }
                    lastReply.accumulate(now);
                    outstanding.decrementAndGet();
                });
            };
            Thread thread = new Thread(() -> sent.addAndGet(OpenLoopDriver.run(perConnection, start + offset, end, send)),
                    "open-loop-" + type + "-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long deadline = System.nanoTime() + DRAIN_TIMEOUT_NANOS;
        while (outstanding.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        double elapsed = (Math.max(end, lastReply.get()) - start) / 1e9;
        return new Outcome(start, sent.get(), ok.sum(), errors.sum(), outstanding.get(), firstError.get(),
                ok.sum() / elapsed, latencies, okByConnection);
    }
}
