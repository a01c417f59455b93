package messenger.protocol.client;

import java.io.IOException;

/**
 * Opens a signed-in connection: connect (with TLS or not), {@code hello}, then {@code resume} with a device token.
 * Each client says how it reaches its server; the resilient parts call this again after every drop.
 */
@FunctionalInterface
public interface Dialer {

    /** A fresh, signed-in connection whose pushes go to {@code listener} (which may be null). */
    MessengerClient open(PushListener listener) throws IOException;
}
