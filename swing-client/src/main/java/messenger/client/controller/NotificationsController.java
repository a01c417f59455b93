package messenger.client.controller;

import java.util.function.Consumer;
import messenger.client.model.ConversationDirectory;
import messenger.protocol.client.ChatSession;

/**
 * How much each conversation notifies the user, and where the notifications show. Messages of a catch-up never
 * notify (see {@link ChatFeed}); nor does the conversation in front of the user. Called on the event thread.
 */
public final class NotificationsController {

    /** Shows a notification; clicking it opens the conversation. Used on the event thread. */
    public interface Alerts {
        void show(long conversation, String title, String text);
    }

    private final ChatSession chat;
    private final ConversationDirectory directory;
    private final Notifier notifier;
    private final ReadController reading;

    NotificationsController(ChatSession chat, ConversationDirectory directory, Notifier notifier,
                            ReadController reading) {
        this.chat = chat;
        this.directory = directory;
        this.notifier = notifier;
        this.reading = reading;
    }

    /** Where notifications go from now on. */
    public void showIn(Alerts alerts) {
        notifier.showIn(alerts, reading::inFront);
    }

    /** Sets which messages of {@code conversation} notify the user; the event tells the other devices. */
    public void setLevel(long conversation, String level, Consumer<Throwable> onFailed) {
        directory.notificationsChanged(conversation, level);
        Background.whenDone(chat.call(client -> {
            client.setNotifications(conversation, level);
            return null;
        }), done -> { }, onFailed);
    }
}
