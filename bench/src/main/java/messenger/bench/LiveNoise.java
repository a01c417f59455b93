package messenger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongFunction;
import messenger.protocol.Requests;
import messenger.protocol.client.MessengerClient;

/**
 * What a live chat does besides messages, while a fan-out phase runs: some connections send {@code typing} in
 * <i>general</i> at a steady pace (pipelined, never waiting for the reply), and presence churns: connections of
 * users who are otherwise away open, subscribe with {@code all} (the user comes online), stay a while and close
 * (the user goes offline). Every one of these reaches every subscriber as a push.
 */
final class LiveNoise {

    private static final int THREADS = 4;

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(THREADS, runnable -> {
        Thread thread = new Thread(runnable, "live-noise");
        thread.setDaemon(true);
        return thread;
    });
    private final ConcurrentLinkedQueue<MessengerClient> open = new ConcurrentLinkedQueue<>();
    private final LongAdder typingSent = new LongAdder();
    private final LongAdder typingRefused = new LongAdder();
    private final LongAdder churnOpened = new LongAdder();
    private final LongAdder churnFailed = new LongAdder();
    private final AtomicLong churnSequence = new AtomicLong();

    /**
     * Starts typing on each of {@code typists} every {@code typingEverySeconds}, staggered, in conversation
     * {@code general}; and opens {@code churnPerSecond} connections a second, each from {@code churnConnection}
     * (given a sequence number, it returns a connection subscribed with {@code all}), closed after
     * {@code churnLifeSeconds}.
     */
    static LiveNoise start(List<MessengerClient> typists, long general, double typingEverySeconds,
                           LongFunction<MessengerClient> churnConnection, double churnPerSecond,
                           double churnLifeSeconds) {
        LiveNoise noise = new LiveNoise();
        long typingPeriod = nanos(typingEverySeconds);
        for (int i = 0; i < typists.size(); i++) {
            MessengerClient typist = typists.get(i);
            noise.scheduler.scheduleAtFixedRate(() -> noise.type(typist, general), typingPeriod * i / typists.size(),
                    typingPeriod, TimeUnit.NANOSECONDS);
        }
        if (churnPerSecond > 0) {
            long lifeNanos = nanos(churnLifeSeconds);
            noise.scheduler.scheduleAtFixedRate(() -> noise.churn(churnConnection, lifeNanos), 0,
                    nanos(1 / churnPerSecond), TimeUnit.NANOSECONDS);
        }
        return noise;
    }

    private static long nanos(double seconds) {
        return (long) (seconds * 1e9);
    }

    private void type(MessengerClient typist, long general) {
        typingSent.increment();
        typist.call(Requests.Typing.TYPE, new Requests.Typing(general), null).whenComplete((reply, error) -> {
            if (error != null) {
                typingRefused.increment();
            }
        });
    }

    private void churn(LongFunction<MessengerClient> churnConnection, long lifeNanos) {
        MessengerClient client;
        try {
            client = churnConnection.apply(churnSequence.getAndIncrement());
        } catch (RuntimeException e) {
            churnFailed.increment();
            return;
        }
        churnOpened.increment();
        open.add(client);
        scheduler.schedule(() -> {
            open.remove(client);
            client.close();
        }, lifeNanos, TimeUnit.NANOSECONDS);
    }

    /** Stops everything, closes the connections still open and says what was done. */
    Report stop() throws InterruptedException {
        scheduler.shutdownNow();
        scheduler.awaitTermination(10, TimeUnit.SECONDS);
        List<MessengerClient> left = new ArrayList<>(open);
        left.forEach(MessengerClient::close);
        return new Report().put("typingSent", typingSent.sum()).put("typingRefused", typingRefused.sum())
                .put("churnConnectionsOpened", churnOpened.sum()).put("churnConnectionsFailed", churnFailed.sum());
    }
}
