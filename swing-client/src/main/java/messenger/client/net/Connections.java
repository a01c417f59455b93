package messenger.client.net;

import java.io.IOException;
import java.time.Duration;
import messenger.client.model.ServerAddress;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.PushListener;

/** Opens connections the way this client always does: connect, {@code hello}, and {@code resume} when signed in. */
public final class Connections {

    /** How long a request may wait for its reply before the connection counts as broken. */
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(20);

    private Connections() {
    }

    /** A connection of a signed-in device, authenticated with its token. */
    public static MessengerClient open(Device device, PushListener listener) throws IOException {
        MessengerClient client = open(device.server(), listener);
        try {
            client.resume(device.token());
            return client;
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    static MessengerClient open(ServerAddress server, PushListener listener) throws IOException {
        MessengerClient client = MessengerClient.connect(server.host(), server.port(), listener, REPLY_TIMEOUT);
        try {
            client.hello();
            return client;
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }
}
