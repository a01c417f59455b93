package messenger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import messenger.protocol.Requests;
import messenger.protocol.client.MessengerClient;

/**
 * Stores many messages fast: pipelined sends over several connections, each with a bounded number in flight.
 * The server stores whatever has queued up from all connections in one transaction (group commit), so more
 * connections mean bigger batches.
 */
final class MessageLoader {

    private static final long PROGRESS_EVERY_NANOS = 10_000_000_000L;

    private MessageLoader() {
    }

    /**
     * Sends {@code count} messages, the n-th with text {@code text(n)}; returns how many were stored, how long it
     * took, and the errors.
     */
    static Report load(List<MessengerClient> clients, long count, int window, String runToken,
                       LongFunction<String> text)
            throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong stored = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (MessengerClient client : clients) {
            Semaphore inFlight = new Semaphore(window);
            Thread thread = new Thread(() -> {
                try {
                    for (long n; (n = next.getAndIncrement()) < count; ) {
                        inFlight.acquire();
                        client.call(Requests.Send.TYPE, new Requests.Send("load:" + runToken + ":" + n, text.apply(n), null),
                                null).whenComplete((reply, error) -> {
                                    if (error == null) {
                                        stored.incrementAndGet();
                                    } else {
                                        errors.incrementAndGet();
                                        firstError.compareAndSet(null, error.toString());
                                    }
                                    inFlight.release();
                                });
                    }
                    inFlight.acquire(window);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "loader");
            threads.add(thread);
            thread.start();
        }
        long nextProgress = start + PROGRESS_EVERY_NANOS;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                thread.join(1000);
                if (System.nanoTime() >= nextProgress) {
                    System.err.printf("loaded %,d of %,d messages in %.0f s%n", stored.get(), count,
                            (System.nanoTime() - start) / 1e9);
                    nextProgress += PROGRESS_EVERY_NANOS;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Report().put("loaded", stored.get()).put("errors", errors.get()).put("firstError", firstError.get())
                .put("seconds", seconds).put("messagesPerSecond", stored.get() / seconds);
    }
}
