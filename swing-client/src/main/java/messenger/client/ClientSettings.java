package messenger.client;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What the client remembers between runs: the server address and the last login. Never a password. */
public final class ClientSettings {

    private static final String SERVER = "server";
    private static final String LOGIN = "login";
    private static final String DEFAULT_SERVER = "localhost:7777";

    private final Preferences node;

    public ClientSettings(Preferences node) {
        this.node = node;
    }

    public static ClientSettings forCurrentUser() {
        return new ClientSettings(Preferences.userRoot().node("messenger/swing-client"));
    }

    public String server() {
        return node.get(SERVER, DEFAULT_SERVER);
    }

    public String lastLogin() {
        return node.get(LOGIN, "");
    }

    public void remember(String server, String login) {
        node.put(SERVER, server);
        node.put(LOGIN, login);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("could not save the settings: " + e.getMessage(), e);
        }
    }
}
