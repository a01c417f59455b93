package messenger.handlers.spi;

import java.util.Optional;
import messenger.protocol.FrameLimits;

/** What a handler sees of the connection its request came on. */
public interface Session {

    long connectionId();

    /** The client's IP address, for per-address limits. */
    String remoteAddress();

    Optional<Identity> identity();

    /** The identity of an authenticated connection; the dispatcher guarantees one for handlers not allowed before login. */
    default Identity requireIdentity() {
        return identity().orElseThrow(() -> new IllegalStateException("connection is not authenticated"));
    }

    void authenticate(Identity identity);

    /** From now on this connection receives a {@code message} push for each new message. */
    void subscribe();

    FrameLimits limits();
}
