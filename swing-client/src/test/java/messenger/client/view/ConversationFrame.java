package messenger.client.view;

import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Rectangle;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
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
                    new ConversationView.NewerPages() {
                        @Override
                        public void next(Runnable onLoaded, Consumer<Throwable> onFailed) {
                            onFailed.accept(new IllegalStateException("there is no newer page"));
                        }

                        @Override
                        public void latest(Runnable onLoaded, Consumer<Throwable> onFailed) {
                            onFailed.accept(new IllegalStateException("there is no newer page"));
                        }
                    },
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

    /** The texts of the rows that reach into the visible area, top to bottom; rows never overlap. */
    static List<String> textsInView(FrameFixture frame) {
        return onEdt(() -> {
            Rectangle view = scrollPane(frame).getViewport().getViewRect();
            List<MessageRow> inView = rows(frame).stream().filter(row -> row.getBounds().intersects(view))
                    .sorted(Comparator.comparingInt(Component::getY)).toList();
            for (int i = 1; i < inView.size(); i++) {
                Rectangle above = inView.get(i - 1).getBounds();
                assertThat(inView.get(i).getY()).isGreaterThanOrEqualTo(above.y + above.height);
            }
            return inView.stream().map(ClientWindow::shownText).toList();
        });
    }

    static JScrollPane scrollPane(FrameFixture frame) {
        return (JScrollPane) ClientWindow.find(frame.target(), ConversationView.SCROLL_PANE).orElseThrow();
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
