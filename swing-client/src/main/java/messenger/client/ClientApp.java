package messenger.client;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import messenger.client.cache.AccountCache;
import messenger.client.controller.KeptSignIn;
import messenger.client.controller.SessionController;
import messenger.client.controller.SignInController;
import messenger.client.model.ConnectionState;
import messenger.client.model.ConnectionStatus;
import messenger.client.model.ConversationDirectory;
import messenger.client.model.LoginChoices;
import messenger.client.model.OthersNow;
import messenger.client.model.Transfers;
import messenger.client.net.Device;
import messenger.client.view.ChatScreen;
import messenger.client.view.ErrorDialog;
import messenger.client.view.LoginScreen;
import messenger.client.view.MainWindow;
import messenger.client.view.OpeningScreen;
import messenger.client.view.Problems;
import messenger.client.view.TitleFollowsUnread;
import messenger.protocol.client.ReconnectPolicy;

/**
 * One client window and what lives behind it: the login screen (or, when the last account stays signed in, its
 * chat at once), then, once signed in, the user's conversations,
 * the chat session, the file transfers and the chat screen, all torn down again on sign-out or close.
 * Created and used on the event thread.
 */
public final class ClientApp {

    private final ClientSettings settings;
    private final ReconnectPolicy policy;
    private final Clock clock;
    private final MainWindow window = new MainWindow();
    private SignedIn signedIn;

    /** What exists only while someone is signed in. */
    private record SignedIn(SessionController session, ChatScreen screen, ConversationDirectory directory,
                            ConversationDirectory.Listener title) {
        void close() {
            detach();
            session.close();
        }

        void detach() {
            directory.removeListener(title);
            screen.detach();
        }
    }

    public ClientApp(ClientSettings settings, ReconnectPolicy policy, Clock clock) {
        this.settings = settings;
        this.policy = policy;
        this.clock = clock;
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                if (signedIn != null) {
                    signedIn.close();
                    signedIn = null;
                }
            }
        });
        openLastAccount();
    }

    public MainWindow window() {
        return window;
    }

    /** The device signed in in this window, if any. */
    public Optional<Device> device() {
        return Optional.ofNullable(signedIn).map(current -> current.session().device());
    }

    public void show() {
        window.setVisible(true);
    }

    /**
     * The last account opens at once, without the password, when it stays signed in on this computer (its cache is
     * read off the event thread meanwhile); otherwise, or when it cannot be opened, the sign-in form shows.
     */
    private void openLastAccount() {
        LoginChoices last = settings.lastChoices();
        if (!KeptSignIn.isKept(last)) {
            showLogin(null);
            return;
        }
        OpeningScreen opening = new OpeningScreen(last.login());
        window.showScreen(opening, opening, null);
        KeptSignIn.open(last, clock, this::startChat, failure -> showLogin(Problems.keptAccountNotOpened(failure)));
    }

    private void showLogin(String notice) {
        LoginScreen login = new LoginScreen(settings.lastChoices(), notice, new SignInController(this::startChat, clock));
        window.showScreen(login, login.firstFocus(), login.defaultButton());
    }

    private void startChat(Device device, AccountCache cache, LoginChoices choices) {
        try {
            settings.remember(new LoginChoices(choices.server(), device.login(), choices.tls(), choices.certificate()));
        } catch (IllegalStateException e) {
            // the chat works without it; only the next sign-in form starts empty
            SwingUtilities.invokeLater(() -> ErrorDialog.show(window, "You are signed in, but this computer could"
                    + " not remember the server and login for the next time.", e));
        }
        ConversationDirectory directory = new ConversationDirectory(device.login());
        ConnectionStatus status = new ConnectionStatus();
        status.addListener(now -> {
            if (now.state() == ConnectionState.SIGNED_OUT) {
                SwingUtilities.invokeLater(() -> refused(device));
            }
        });
        Transfers transfers = new Transfers();
        Consumer<Throwable> showOverThisWindow = failure -> ErrorDialog.showLater(window, failure);
        OthersNow others = new OthersNow();
        SessionController session = new SessionController(device, cache, directory, status, transfers, others, policy,
                clock, Problems::describe, showOverThisWindow);
        ChatScreen screen = new ChatScreen(directory, status, transfers, others, session.controllers(), clock,
                this::signOut);
        ConversationDirectory.Listener title = new TitleFollowsUnread(window, device.toString());
        directory.addListener(title);
        signedIn = new SignedIn(session, screen, directory, title);
        window.showScreen(screen, screen.firstFocus(), null);
        session.start();
    }

    /**
     * Revokes the device token, then returns to the login screen (saying so if the server could not be told);
     * {@code forget} also deletes what the client kept of this account on this computer.
     */
    private void signOut(boolean forget) {
        SignedIn ending = signedIn;
        signedIn = null;
        Runnable done = () -> backToLogin(ending, null);
        Consumer<Throwable> notTold = failure -> backToLogin(ending, Problems.serverNotToldOfSignOut(failure));
        if (forget) {
            ending.session().signOutAndForget(done, notTold);
        } else {
            ending.session().signOut(done, notTold);
        }
    }

    /** The server refused the device's token (signed out elsewhere, or expired): back to the form, the cache kept. */
    private void refused(Device device) {
        if (signedIn == null || signedIn.session().device() != device) {
            return;
        }
        SignedIn ending = signedIn;
        signedIn = null;
        ending.detach();
        ending.session().refusedByServer();
        window.setTitle("Messenger");
        showLogin(Problems.SIGN_IN_REFUSED);
    }

    private void backToLogin(SignedIn ended, String notice) {
        ended.detach();
        window.setTitle("Messenger");
        showLogin(notice);
    }
}
