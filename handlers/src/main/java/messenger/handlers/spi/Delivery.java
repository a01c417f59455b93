package messenger.handlers.spi;

import java.util.Set;
import messenger.protocol.Frame;

/**
 * One committed entry of the log to push: its id, a {@code message} or {@code event} frame and who may receive it.
 * {@code userIds} null means everyone in <i>general</i>: for a message every subscriber, older clients' included,
 * for an event every connection subscribed to all its user's conversations. Otherwise only those users'
 * connections subscribed to all their conversations.
 */
public record Delivery(long id, Frame frame, boolean isMessage, Set<Long> userIds) {

    public boolean toEveryone() {
        return userIds == null;
    }
}
