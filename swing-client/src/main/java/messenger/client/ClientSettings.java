package messenger.client;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import messenger.client.model.LoginChoices;

/**
 * What the client remembers between runs: the server address, whether it uses TLS and which certificate to
 * trust, and the last login. Never a password.
 */
public final class ClientSettings {

    private static final String SERVER = "server";
    private static final String LOGIN = "login";
    private static final String TLS = "tls";
    private static final String CERTIFICATE = "certificate";
    private static final String DEFAULT_SERVER = "localhost:7777";

    private final Preferences node;

    public ClientSettings(Preferences node) {
        this.node = node;
    }

    public static ClientSettings forCurrentUser() {
        return new ClientSettings(Preferences.userRoot().node("messenger/swing-client"));
    }

    public LoginChoices lastChoices() {
        return new LoginChoices(node.get(SERVER, DEFAULT_SERVER), node.get(LOGIN, ""), node.getBoolean(TLS, false),
                node.get(CERTIFICATE, ""));
    }

    public void remember(LoginChoices choices) {
        node.put(SERVER, choices.server());
        node.put(LOGIN, choices.login());
        node.putBoolean(TLS, choices.tls());
        node.put(CERTIFICATE, choices.certificate());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("could not save the settings: " + e.getMessage(), e);
        }
    }
}
