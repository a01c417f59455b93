package messenger.client.model;

import java.time.Duration;
import java.time.Instant;
import messenger.protocol.ProtocolRules;

/**
 * Whether the user is away from this device: no keyboard or mouse input for
 * {@link ProtocolRules#IDLE_AFTER_SECONDS}; any input brings them back. Each answer is a change to report, once.
 */
public final class Idleness {

    static final Duration IDLE_AFTER = Duration.ofSeconds(ProtocolRules.IDLE_AFTER_SECONDS);

    private Instant lastInput;
    private boolean idle;

    public Idleness(Instant now) {
        lastInput = now;
    }

    /** The user touched the keyboard or mouse; true when they were away until now. */
    public boolean input(Instant now) {
        lastInput = now;
        if (idle) {
            idle = false;
            return true;
        }
        return false;
    }

    /** Looked at from time to time: true when the user has just become idle. */
    public boolean check(Instant now) {
        if (!idle && !now.isBefore(lastInput.plus(IDLE_AFTER))) {
            idle = true;
            return true;
        }
        return false;
    }
}
