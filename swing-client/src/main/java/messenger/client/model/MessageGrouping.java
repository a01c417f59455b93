package messenger.client.model;

import java.time.Duration;

/** Consecutive messages of one sender form a group that shows the sender once; a long pause starts a new one. */
public final class MessageGrouping {

    static final Duration PAUSE = Duration.ofMinutes(5);

    private MessageGrouping() {
    }

    public static boolean startsGroup(ChatMessage previous, ChatMessage message) {
        return previous == null
                || !message.isFrom(previous.from())
                || Duration.between(previous.at(), message.at()).compareTo(PAUSE) > 0;
    }
}
