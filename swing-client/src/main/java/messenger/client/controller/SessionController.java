package messenger.client.controller;

import java.util.function.Consumer;
import messenger.client.net.ChatSession;
import messenger.client.net.Device;
import messenger.client.transfer.TransferService;

/**
 * The connections of a signed-in device, chat and files: started when the chat opens, closed on sign-out or
 * when the window closes. Closing a socket can wait for a stuck write (a TLS close notice), so it happens off
 * the event thread. Called on the event thread.
 */
public final class SessionController {

    private final ChatSession chat;
    private final TransferService files;
    private final Consumer<Throwable> onUnexpected;

    /** {@code onUnexpected} hears of a failure to close, on the event thread. */
    public SessionController(ChatSession chat, TransferService files, Consumer<Throwable> onUnexpected) {
        this.chat = chat;
        this.files = files;
        this.onUnexpected = onUnexpected;
    }

    public Device device() {
        return chat.device();
    }

    public void start() {
        chat.start();
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
