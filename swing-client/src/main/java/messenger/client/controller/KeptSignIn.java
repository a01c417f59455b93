package messenger.client.controller;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import messenger.client.cache.AccountCache;
import messenger.client.cache.DataFolder;
import messenger.client.cache.KeptToken;
import messenger.client.model.LoginChoices;
import messenger.client.model.LoginForm;
import messenger.client.net.Connections;
import messenger.client.net.Device;
import messenger.protocol.client.ServerAddress;

/**
 * Staying signed in on this computer: the device token kept in the account's folder after a sign-in that asked for
 * it, so that the next start opens the last account's cache with it, without the password and before the server
 * answers; forgotten on sign-out, on a sign-in that did not ask for it, and when the server refuses it.
 */
public final class KeptSignIn {

    private static final System.Logger LOG = System.getLogger(KeptSignIn.class.getName());

    private KeptSignIn() {
    }

    /** Whether the last account signed in here stays signed in; only looks for the file, so the event thread may ask. */
    public static boolean isKept(LoginChoices last) {
        try {
            return !last.login().isEmpty() && KeptToken.isIn(folder(ServerAddress.parse(last.server()), last.login()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Opens the last account with its kept token and its cache, off the event thread; {@code onOpened} and
     * {@code onFailed} run on the event thread.
     */
    public static void open(LoginChoices last, Clock clock, SignInController.SignedIn onOpened,
                            Consumer<Throwable> onFailed) {
        Background.run(() -> {
            LoginForm form = new LoginForm(last.server(), last.login(), "", null, last.tls(), last.certificate());
            ServerAddress server = form.address();
            Path folder = folder(server, last.login());
            KeptToken kept = KeptToken.in(folder).orElseThrow(() -> new IOException("no token is kept in " + folder));
            return new KeptAccount.Opened(new Device(server, Connections.tls(form), kept.login(), kept.token()),
                    AccountCache.open(folder, clock));
        }, opened -> onOpened.signedIn(opened.device(), opened.cache(), last), onFailed);
    }

    /** After a sign-in: keeps the device's token when the user asked to stay signed in, else forgets any kept. */
    static void afterSignIn(Device device, boolean staySignedIn) {
        Path folder = folder(device.server(), device.login());
        try {
            if (staySignedIn) {
                new KeptToken(device.login(), device.token()).keepIn(folder);
            } else {
                KeptToken.forgetIn(folder);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "This computer could not " + (staySignedIn ? "keep" : "forget")
                    + " the sign-in of " + device.login() + ": " + e.getMessage());
        }
    }

    /** Forgets the device's kept token: signed out, or refused by the server. Blocks. */
    static void forget(Device device) throws IOException {
        KeptToken.forgetIn(folder(device.server(), device.login()));
    }

    private static Path folder(ServerAddress server, String login) {
        return DataFolder.of(server.toString(), login);
    }
}
