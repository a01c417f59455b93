package messenger.client.view;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import messenger.client.model.ConversationDirectory;
import messenger.client.model.ConversationSummary;
import messenger.client.model.WindowTitle;

/** Keeps the window's title counting the unread messages of all conversations: "(3) Messenger — alice@host". */
public final class TitleFollowsUnread implements ConversationDirectory.Listener {

    private final JFrame window;
    private final String device;

    public TitleFollowsUnread(JFrame window, String device) {
        this.window = window;
        this.device = device;
        window.setTitle(WindowTitle.of(0, device));
    }

    @Override
    public void changed(ConversationDirectory.Snapshot snapshot) {
        String title = WindowTitle.of(snapshot.unread(), device);
        SwingUtilities.invokeLater(() -> window.setTitle(title));
    }

    @Override
    public void lost(ConversationSummary conversation, String why) {
        // the count comes with the change that removed it
    }
}
