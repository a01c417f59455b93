package messenger.client.controller;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import messenger.client.cache.AccountCache;
import messenger.client.model.ConnectionState;
import messenger.client.model.ConnectionStatus;
import messenger.client.model.Conversation;
import messenger.client.model.ConversationDirectory;
import messenger.client.model.OthersNow;
import messenger.client.model.Transfers;
import messenger.client.net.Accounts;
import messenger.client.net.Device;
import messenger.client.testing.RunningServer;
import messenger.protocol.client.ReconnectPolicy;
import messenger.protocol.client.ServerAddress;
import messenger.protocol.client.Tls;

/**
 * A signed-in device's session started as the app starts it, on a real cache and a real server (or a relay in
 * front of it), with the state of its connection and the failures nobody foresaw, which a test expects to stay none.
 */
final class RunningSession {

    static final Duration PATIENCE = Duration.ofMinutes(1);

    private final SessionController controller;
    final ConversationDirectory directory;
    final List<Throwable> unexpected;
    private final AtomicReference<ConnectionState> state;

    private RunningSession(SessionController controller, ConversationDirectory directory,
                           List<Throwable> unexpected, AtomicReference<ConnectionState> state) {
        this.controller = controller;
        this.directory = directory;
        this.unexpected = unexpected;
        this.state = state;
    }

    /** Signs {@code login} in at {@code address} and starts its session on {@code cache}. */
    static RunningSession start(String address, String login, AccountCache cache) throws IOException {
        return start(signIn(address, login), cache);
    }

    static Device signIn(String address, String login) throws IOException {
        return Accounts.signIn(ServerAddress.parse(address), Tls.none(), login, RunningServer.PASSWORD);
    }

    /** Starts the session of a device signed in earlier, as the app does when it stays signed in. */
    static RunningSession start(Device device, AccountCache cache) {
        ConnectionStatus status = new ConnectionStatus();
        AtomicReference<ConnectionState> state = new AtomicReference<>();
        status.addListener(now -> state.set(now.state()));
        List<Throwable> unexpected = new CopyOnWriteArrayList<>();
        ConversationDirectory directory = new ConversationDirectory(device.login());
        SessionController controller = new SessionController(device, cache, directory,
                status, new Transfers(), new OthersNow(), ReconnectPolicy.DEFAULT, Clock.systemUTC(),
                Throwable::getMessage, unexpected::add);
        controller.start();
        return new RunningSession(controller, directory, unexpected, state);
    }

    Controllers controllers() {
        return controller.controllers();
    }

    /** Opens a conversation as its pane does and waits until its newest page, up to message {@code newest}, is in. */
    void open(long conversation, long newest) throws Exception {
        AtomicReference<Conversation> opened = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            opened.set(controllers().conversations().open(conversation));
            controllers().conversations().loadOlder(conversation, opened.get(), () -> { }, unexpected::add);
        });
        await().atMost(PATIENCE).until(() -> opened.get().newestId() == newest);
    }

    /** Closes it as the app does when its window closes; the cache is closed in the background. */
    void close() {
        controller.close();
    }

    void awaitState(ConnectionState wanted) {
        await().atMost(PATIENCE).until(() -> state.get() == wanted);
    }
}
