package messenger.bench;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import messenger.protocol.Message;
import messenger.protocol.Presence;
import messenger.protocol.Pushes;
import messenger.protocol.client.PushListener;

/**
 * One listener for every subscriber of a fan-out: it hands each message push to the phase being measured, counts
 * typing and presence pushes, and the connections lost.
 */
final class FanoutSubscribers implements PushListener {

    private final AtomicInteger lost = new AtomicInteger();
    private final LongAdder typing = new LongAdder();
    private final LongAdder presence = new LongAdder();
    private volatile FanoutPhase phase;

    /** From now on message pushes go to {@code next}; returns it. */
    FanoutPhase measure(FanoutPhase next) {
        phase = next;
        return next;
    }

    @Override
    public void onMessage(Message message) {
        FanoutPhase current = phase;
        if (current != null) {
            current.onDelivery(message);
        }
    }

    @Override
    public void onTyping(Pushes.TypingPush push) {
        typing.increment();
    }

    @Override
    public void onPresence(Presence push) {
        presence.increment();
    }

    @Override
    public void onClosed(Throwable cause) {
        if (cause != null) {
            lost.incrementAndGet();
        }
    }

    int lost() {
        return lost.get();
    }

    long typingPushes() {
        return typing.sum();
    }

    long presencePushes() {
        return presence.sum();
    }
}
