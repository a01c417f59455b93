package messenger.client.model;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Consecutive messages of one sender form a group that shows the sender once; a long pause starts a new one.
 * The first message of each local day starts a day, under a heading.
 */
public final class MessageGrouping {

    static final Duration PAUSE = Duration.ofMinutes(5);

    private MessageGrouping() {
    }

    public static boolean startsGroup(ChatMessage previous, ChatMessage message) {
        return previous == null
                || !message.isFrom(previous.from())
                || Duration.between(previous.at(), message.at()).compareTo(PAUSE) > 0;
    }

    /** Whether {@code message} is the first of its day in {@code zone}. */
    public static boolean startsDay(ChatMessage previous, ChatMessage message, ZoneId zone) {
        return previous == null
                || !previous.at().atZone(zone).toLocalDate().equals(message.at().atZone(zone).toLocalDate());
    }
}
