package messenger.client.net;

import java.io.IOException;
import java.net.InetAddress;
import messenger.protocol.Results;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.ServerAddress;
import messenger.protocol.client.Tls;

/** Creating an account and signing in: each on a short connection of its own that yields a device token. */
public final class Accounts {

    private Accounts() {
    }

    public static Device signIn(ServerAddress server, Tls tls, String login, String password) throws IOException {
        try (MessengerClient client = Connections.open(server, tls, null)) {
            return login(client, server, tls, login, password);
        }
    }

    /** Registers, then signs in with the same password on the same connection. */
    public static Device createAccount(ServerAddress server, Tls tls, String login, String password)
            throws IOException {
        try (MessengerClient client = Connections.open(server, tls, null)) {
            client.register(login, password);
            return login(client, server, tls, login, password);
        }
    }

    private static Device login(MessengerClient client, ServerAddress server, Tls tls, String login,
            String password) {
        Results.Login result = client.login(login, password, deviceName());
        return new Device(server, tls, result.login(), result.token());
    }

    private static String deviceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        return "Swing client on " + host + " (" + System.getProperty("os.name") + ")";
    }
}
