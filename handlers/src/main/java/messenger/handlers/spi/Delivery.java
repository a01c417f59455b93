package messenger.handlers.spi;

import java.util.Set;
import messenger.protocol.Frame;

/**
 * One committed entry of the log to push: a {@code message} or {@code event} frame and who may receive it.
 * {@code userIds} null means every subscriber, older clients' included (the messages of <i>general</i>);
 * otherwise only those users' connections subscribed to all their conversations.
 */
public record Delivery(Frame frame, boolean isMessage, Set<Long> userIds) {

    public boolean toEveryone() {
        return userIds == null;
    }
}
