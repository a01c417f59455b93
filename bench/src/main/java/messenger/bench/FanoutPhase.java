package messenger.bench;

import java.util.List;
import messenger.protocol.Message;
import messenger.protocol.Requests;
import messenger.protocol.client.MessengerClient;

/**
 * One period of sending to <i>general</i> at a fixed offered rate, every subscriber receiving every message;
 * {@link PhaseDeliveries} tells its pushes from those of other periods and times them.
 */
final class FanoutPhase {

    private final PhaseDeliveries deliveries;
    private final int subscribers;

    FanoutPhase(String token, int subscribers) {
        this.deliveries = new PhaseDeliveries(token);
        this.subscribers = subscribers;
    }

    /** Called on a subscriber's reader thread for every push. */
    void onDelivery(Message message) {
        deliveries.record(message, null);
    }

    /** Sends at {@code perSecond} in total, spread evenly over the senders, then waits for replies and pushes. */
    FanoutResult run(List<MessengerClient> senders, double perSecond, double seconds, String text)
            throws InterruptedException {
        OpenLoopRequests.Outcome sends = OpenLoopRequests.run(senders, Requests.Send.TYPE, perSecond, seconds,
                (due, sender, sequence) -> new Requests.Send(deliveries.clientMsgId(due, sender, sequence), text,
                        null));
        long expected = sends.ok() * subscribers;
        deliveries.await(expected);
        return new FanoutResult(perSecond, seconds, sends.sent(), sends.ok(), sends.errors(), sends.unanswered(),
                sends.firstError(),
                deliveries.count(), expected, sends.okPerSecond(), deliveries.perSecond(sends.startNanos(), seconds),
                sends.latencies(), deliveries.sendToDelivery());
    }
}
