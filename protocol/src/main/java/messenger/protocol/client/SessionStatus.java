package messenger.protocol.client;

import java.time.Instant;

/** Where a {@link ChatSession}'s connection stands, as its listener hears it. */
public sealed interface SessionStatus {

    /** The first connection is being opened. */
    record Connecting() implements SessionStatus {
    }

    /** Signed in, subscribed and caught up: messages arrive live and sends go out. */
    record Connected() implements SessionStatus {
    }

    /**
     * The connection failed or ended; the next attempt starts at {@code retryAt}. {@code serverRestarting} says the
     * server announced its shutdown before the connection ended, so it is probably coming back soon.
     */
    record Waiting(Throwable cause, Instant retryAt, int failedAttempts, boolean serverRestarting,
                   boolean connectedBefore) implements SessionStatus {
    }

    /** The server refused this device's sign-in ({@code AUTH_FAILED} or {@code UNAUTHENTICATED}): trying again cannot help. */
    record SignedOut(Throwable cause) implements SessionStatus {
    }
}
