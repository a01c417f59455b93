package messenger.bench;

import java.util.List;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import messenger.protocol.Message;
import messenger.protocol.Requests;
import messenger.protocol.client.MessengerClient;

/**
 * One period of sending at a fixed offered rate. Every message carries its due time in its {@code clientMsgId}
 * ({@code <token>:<dueNanos>:<sender>:<sequence>}), so each subscriber can measure send→delivery from the
 * moment the message was meant to be sent. Messages of other phases (the warm-up) are ignored by token.
 */
final class FanoutPhase {

    private static final long DRAIN_TIMEOUT_NANOS = 60_000_000_000L;
    private static final long QUIET_NANOS = 5_000_000_000L;

    private final String prefix;
    private final int subscribers;
    private final Latencies sendToDelivery = new Latencies();
    private final LongAdder deliveries = new LongAdder();
    private final LongAccumulator lastDelivery = new LongAccumulator(Math::max, Long.MIN_VALUE);

    FanoutPhase(String token, int subscribers) {
        this.prefix = token + ":";
        this.subscribers = subscribers;
    }

    /** Called on a subscriber's reader thread for every push. */
    void onDelivery(Message message) {
        String id = message.clientMsgId();
        if (id == null || !id.startsWith(prefix)) {
            return;
        }
        long now = System.nanoTime();
        int end = id.indexOf(':', prefix.length());
        sendToDelivery.record(now - Long.parseLong(id, prefix.length(), end, 10));
        deliveries.increment();
        lastDelivery.accumulate(now);
    }

    /** Sends at {@code perSecond} in total, spread evenly over the senders, then waits for replies and pushes. */
    FanoutResult run(List<MessengerClient> senders, double perSecond, double seconds, String text)
            throws InterruptedException {
        OpenLoopRequests.Outcome sends = OpenLoopRequests.run(senders, Requests.Send.TYPE, perSecond, seconds,
                (due, sender, sequence) -> new Requests.Send(prefix + due + ":" + sender + ":" + sequence, text, null));
        long expected = sends.ok() * subscribers;
        awaitDeliveries(expected);
        long end = sends.startNanos() + (long) (seconds * 1e9);
        double deliverySeconds = (Math.max(end, lastDelivery.get()) - sends.startNanos()) / 1e9;
        return new FanoutResult(perSecond, seconds, sends.sent(), sends.ok(), sends.errors(), sends.unanswered(),
                sends.firstError(),
                deliveries.sum(), expected, sends.okPerSecond(), deliveries.sum() / deliverySeconds,
                sends.latencies(), sendToDelivery);
    }

    /** Until every stored message reached every subscriber, or nothing arrived for a while. */
    private void awaitDeliveries(long expected) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN_TIMEOUT_NANOS;
        long seen = -1;
        long lastProgress = System.nanoTime();
        while (deliveries.sum() < expected && System.nanoTime() < deadline
                && System.nanoTime() - lastProgress < QUIET_NANOS) {
            long now = deliveries.sum();
            if (now != seen) {
                seen = now;
                lastProgress = System.nanoTime();
            }
            Thread.sleep(10);
        }
    }
}
