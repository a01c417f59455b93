package messenger.client.net;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.time.Duration;
import messenger.client.model.LoginForm;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.PushListener;
import messenger.protocol.client.ServerAddress;
import messenger.protocol.client.Tls;

/** Opens connections the way this client always does: connect, {@code hello}, and {@code resume} when signed in. */
public final class Connections {

    /** How long a request may wait for its reply before the connection counts as broken. */
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(20);

    private Connections() {
    }

    /**
     * TLS as the login form asks for it: off, the system's trusted authorities, or the certificates in a PEM
     * file. Reads that file, so it runs off the event thread.
     */
    public static Tls tls(LoginForm form) throws IOException {
        if (!form.tls()) {
            return Tls.none();
        }
        Optional<Path> certificate = form.certificateFile();
        return certificate.isPresent() ? Tls.trusting(certificate.get()) : Tls.systemTrust();
    }

    /** A connection of a signed-in device, authenticated with its token. */
    public static MessengerClient open(Device device, PushListener listener) throws IOException {
        return open(device.server(), device.tls(), listener).openedWith(client -> client.resume(device.token()));
    }

    static MessengerClient open(ServerAddress server, Tls tls, PushListener listener) throws IOException {
        return MessengerClient.connect(server, tls, listener, REPLY_TIMEOUT)
                .openedWith(MessengerClient::hello);
    }
}
