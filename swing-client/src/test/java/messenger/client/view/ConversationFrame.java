package messenger.client.view;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import messenger.client.model.ConnectionStatus;
import messenger.client.model.Conversation;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;

/**
 * A conversation view alone in a window, fed by the test through its model rather than by a server: for
 * conversations no server would hold (a hundred thousand messages, messages of past days).
 */
final class ConversationFrame {

    private ConversationFrame() {
    }

    static FrameFixture show(Robot robot, Conversation conversation, Clock clock) {
        return show(robot, conversation, clock, new InertFileActions());
    }

    static FrameFixture show(Robot robot, Conversation conversation, Clock clock, FileActions files) {
        JFrame window = GuiActionRunner.execute(() -> {
            JFrame created = new JFrame("A conversation");
            created.setContentPane(new ConversationView(conversation, new ConnectionStatus(),
                    (loaded, failed) -> failed.accept(new IllegalStateException("there is no older page")),
                    new ConversationView.Reader() {
                        @Override
                        public void atEnd(boolean atEnd) {
                        }

                        @Override
                        public void shown() {
                        }
                    }, clock, files, link -> { }, new InertMessageActions(conversation.me())));
            created.setBounds(0, 0, 640, 480);
            created.setVisible(true);
            return created;
        });
        return new FrameFixture(robot, window);
    }

    /** The rows built for the view and around it, in no particular order. */
    static List<MessageRow> rows(FrameFixture frame) {
        return GuiActionRunner.execute(() -> {
            List<MessageRow> rows = new ArrayList<>();
            ClientWindow.collect(frame.target(), MessageRow.class, rows::add);
            return rows;
        });
    }
}
