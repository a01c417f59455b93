package messenger.client.controller;

import java.util.List;
import java.util.function.LongPredicate;
import javax.swing.SwingUtilities;
import messenger.client.model.ConversationDirectory;
import messenger.client.model.ConversationSummary;
import messenger.protocol.Message;

/**
 * Which new messages notify the user: one of someone else does when its conversation's level says so ({@code all},
 * or {@code mentions} and it mentions the user), unless that conversation is in front of the user. Told of
 * messages on a session thread; shows on the event thread.
 */
final class Notifier {

    private final ConversationDirectory directory;
    private volatile NotificationsController.Alerts alerts = (conversation, title, text) -> { };
    private volatile LongPredicate inFront = conversation -> false;

    Notifier(ConversationDirectory directory) {
        this.directory = directory;
    }

    void showIn(NotificationsController.Alerts shown, LongPredicate front) {
        inFront = front;
        alerts = shown;
    }

    /** New messages as they are pushed (after the directory counted them). */
    void arrived(List<Message> messages) {
        for (Message message : messages) {
            if (message.conversation() == null) {
                continue;
            }
            directory.get(message.conversation())
                    .filter(summary -> summary.notifiesOf(message, directory.me()))
                    .ifPresent(summary -> SwingUtilities.invokeLater(() -> {
                        if (!inFront.test(summary.id())) {
                            alerts.show(summary.id(), title(summary, message), text(message));
                        }
                    }));
        }
    }

    private static String title(ConversationSummary summary, Message message) {
        return summary.isRoom() ? message.from() + " in #" + summary.name() : message.from();
    }

    private static String text(Message message) {
        if (message.text() != null) {
            return message.text();
        }
        return message.file() != null ? "sent " + message.file().name() : "";
    }
}
