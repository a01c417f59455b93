package messenger.client.model;

import java.time.Duration;
import java.time.Instant;
import messenger.protocol.ProtocolRules;

/**
 * When to tell the others that the user types: on the first keystroke, then at most every
 * {@link ProtocolRules#TYPING_REPEAT_SECONDS} while they go on, and at once again after they sent or switched.
 */
public final class TypingSignal {

    static final Duration REPEAT = Duration.ofSeconds(ProtocolRules.TYPING_REPEAT_SECONDS);

    private long conversation = -1;
    private Instant last;

    /** The user changed the text of {@code conversation}'s composer: whether to send {@code typing} now. */
    public boolean typed(long where, Instant now) {
        if (where != conversation || last == null || !now.isBefore(last.plus(REPEAT))) {
            conversation = where;
            last = now;
            return true;
        }
        return false;
    }

    /** The message went: the next keystroke is news again. */
    public void sent() {
        last = null;
    }
}
