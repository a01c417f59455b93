package messenger.client;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Clock;
import java.util.Optional;
import javax.swing.SwingUtilities;
import messenger.client.model.ConnectionStatus;
import messenger.client.model.Conversation;
import messenger.client.model.LoginChoices;
import messenger.client.model.Transfers;
import messenger.client.net.Backoff;
import messenger.client.net.ChatSession;
import messenger.client.net.Device;
import messenger.client.net.Problems;
import messenger.client.transfer.TransferService;
import messenger.client.view.Background;
import messenger.client.view.ChatScreen;
import messenger.client.view.ErrorDialog;
import messenger.client.view.LoginScreen;
import messenger.client.view.MainWindow;

/**
 * One client window and what lives behind it: the login screen, then, once signed in, the conversation model,
 * the chat session, the file transfers and the chat screen, all torn down again on sign-out or close.
 * Created and used on the event thread.
 */
public final class ClientApp {

    private final ClientSettings settings;
    private final Backoff backoff;
    private final Clock clock;
    private final MainWindow window = new MainWindow();
    private SignedIn signedIn;

    /** What exists only while someone is signed in. */
    private record SignedIn(ChatSession chat, TransferService files, ChatScreen screen) {
        /** Closing a socket can wait for a stuck write (a TLS close notice), so it happens off the event thread. */
        void stopTransfers() {
            Background.run(() -> {
                files.close();
                return null;
            }, stopped -> { }, ErrorDialog::showLater);
        }

        void close() {
            screen.detach();
            Background.run(() -> {
                files.close();
                chat.close();
                return null;
            }, closed -> { }, ErrorDialog::showLater);
        }
    }

    public ClientApp(ClientSettings settings, Backoff backoff, Clock clock) {
        this.settings = settings;
        this.backoff = backoff;
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
        showLogin(null);
    }

    public MainWindow window() {
        return window;
    }

    /** The device signed in in this window, if any. */
    public Optional<Device> device() {
        return Optional.ofNullable(signedIn).map(session -> session.chat().device());
    }

    public void show() {
        window.setVisible(true);
    }

    private void showLogin(String notice) {
        LoginScreen login = new LoginScreen(settings.lastChoices(), notice, this::startChat);
        window.showScreen(login, login.firstFocus(), login.defaultButton());
    }

    private void startChat(Device device, LoginChoices choices) {
        try {
            settings.remember(new LoginChoices(choices.server(), device.login(), choices.tls(), choices.certificate()));
        } catch (IllegalStateException e) {
            // the chat works without it; only the next sign-in form starts empty
            SwingUtilities.invokeLater(() -> ErrorDialog.show(window, "You are signed in, but this computer could"
                    + " not remember the server and login for the next time.", e));
        }
        Conversation conversation = new Conversation(device.login(), clock);
        ConnectionStatus status = new ConnectionStatus();
        Transfers transfers = new Transfers();
        ChatSession chat = new ChatSession(device, conversation, status, backoff, ErrorDialog::showLater);
        TransferService files = new TransferService(device, transfers, backoff);
        ChatScreen screen = new ChatScreen(conversation, status, transfers, chat, files, clock, this::signOut);
        signedIn = new SignedIn(chat, files, screen);
        window.setTitle("Messenger — " + device);
        window.showScreen(screen, screen.firstFocus(), null);
        chat.start();
    }

    /** Revokes the device token, then returns to the login screen (saying so if the server could not be told). */
    private void signOut() {
        SignedIn ending = signedIn;
        signedIn = null;
        ending.stopTransfers();
        Background.whenDone(ending.chat().signOut(), done -> {
            ending.close();
            window.setTitle("Messenger");
            showLogin(null);
        }, failure -> {
            ending.close();
            window.setTitle("Messenger");
            showLogin("You are signed out on this computer, but the server could not be told ("
                    + Problems.describe(failure) + "), so this device's token is still valid there.");
        });
    }
}
