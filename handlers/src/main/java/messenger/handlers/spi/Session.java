package messenger.handlers.spi;

import java.util.Optional;
import messenger.protocol.ErrorCode;
import messenger.protocol.FrameLimits;

/**
 * What a handler sees of the connection its request came on. Signing the connection in or out is not here:
 * only the account handlers may, through {@code messenger.handlers.account.AccountSession}.
 */
public interface Session {

    long connectionId();

    /** The client's IP address, for per-address limits. */
    String remoteAddress();

    Optional<Identity> identity();

    /**
     * The identity of an authenticated connection. The dispatcher checks for one before a handler not open
     * before sign-in runs, but a {@code logout} of the same device on another connection can sign this one out
     * in between: that is {@code UNAUTHENTICATED}, as if it had come a moment earlier.
     */
    default Identity requireIdentity() {
        return identity().orElseThrow(() -> new RequestException(ErrorCode.UNAUTHENTICATED,
                "this connection has been signed out: login or resume first"));
    }

    /**
     * From now on this connection receives a push for each new message of <i>general</i> or, with
     * {@code allConversations}, for each new message and event of the signed-in user's conversations.
     */
    void subscribe(boolean allConversations);

    /** Marks this connection idle (its user stepped away) or in use; the user's presence follows. */
    void setIdle(boolean idle);

    FrameLimits limits();
}
