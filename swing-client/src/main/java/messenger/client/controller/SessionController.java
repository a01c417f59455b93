package messenger.client.controller;

import java.util.function.Consumer;
import java.util.function.Function;
import messenger.client.model.ConnectionStatus;
import messenger.client.model.Conversation;
import messenger.client.model.Transfers;
import messenger.client.net.Connections;
import messenger.client.net.Device;
import messenger.client.transfer.TransferService;
import messenger.protocol.client.ChatSession;
import messenger.protocol.client.ReconnectPolicy;

/**
 * The connections of a signed-in device, chat and files, and the controllers that use them: started when the chat
 * opens, closed on sign-out or when the window closes. Closing a socket can wait for a stuck write (a TLS close
 * notice), so it happens off the event thread. Called on the event thread.
 */
public final class SessionController {

    private final Device device;
    private final ChatSession chat;
    private final TransferService files;
    private final ConversationController conversation;
    private final TransfersController transfersController;
    private final Consumer<Throwable> onUnexpected;

    /**
     * {@code describe} words a failure for the person reading it; {@code onUnexpected} hears of a failure nobody
     * foresaw, on any thread.
     */
    public SessionController(Device device, Conversation conversation, ConnectionStatus status, Transfers transfers,
                             ReconnectPolicy policy, Function<Throwable, String> describe,
                             Consumer<Throwable> onUnexpected) {
        this.device = device;
        this.onUnexpected = onUnexpected;
        this.chat = new ChatSession(listener -> Connections.open(device, listener),
                new ChatFeed(device, conversation, status, describe, onUnexpected),
                ChatSession.Options.defaults().withPolicy(policy), "chat-session-" + device.login());
        status.onRetryNow(chat::retryNow);
        this.files = new TransferService(device, transfers, policy, describe);
        this.conversation = new ConversationController(chat, conversation);
        this.transfersController = new TransfersController(files, this.conversation, transfers);
    }

    public Device device() {
        return device;
    }

    public ConversationController conversation() {
        return conversation;
    }

    public TransfersController transfers() {
        return transfersController;
    }

    /** Connects; with nothing shown yet, the conversation starts with the newest page. */
    public void start() {
        chat.start(null);
    }

    /**
     * Stops the transfers, revokes this device's token on the server and closes everything; then
     * {@code onSignedOut} runs, or {@code onServerNotTold} when the server could not be told.
     */
    public void signOut(Runnable onSignedOut, Consumer<Throwable> onServerNotTold) {
        Background.run(() -> {
            files.close();
            return null;
        }, stopped -> { }, onUnexpected);
        Background.whenDone(chat.signOut(), done -> {
            close();
            onSignedOut.run();
        }, failure -> {
            close();
            onServerNotTold.accept(failure);
        });
    }

    public void close() {
        Background.run(() -> {
            files.close();
            chat.close();
            return null;
        }, closed -> { }, onUnexpected);
    }
}
