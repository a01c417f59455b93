package messenger.client.view;

import static messenger.client.view.ClientWindow.labelText;
import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import messenger.client.testing.LargeFile;
import messenger.client.testing.OtherUser;
import messenger.client.testing.RunningServer;
import messenger.testkit.TcpRelay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A reader at the end of the conversation stays there; one further up is told of new messages below. */
class FollowingTheEndIT extends GuiTest {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    private static final int DRAG_STEPS = 12;

    private TcpRelay relay;
    private ClientWindow window;
    private OtherUser other;
    private String tag;
    /** The newest message, which the reader sees at the bottom when a test starts. */
    private String last;

    /**
     * A new user who reads at the end of a conversation of twelve three-line messages from someone else,
     * connected through a relay that can hold the server's replies back.
     */
    @BeforeEach
    void readAtTheEndOfALongConversation() throws IOException {
        tag = RunningServer.uniqueLogin("reader");
        relay = new TcpRelay(server.port());
        window = ClientWindow.open(robot, relay.address());
        window.createAccount(tag, RunningServer.PASSWORD);
        other = new OtherUser(server);
        last = other.sayThreeLiners(tag, 12);
        awaitLastInView(window, last);
    }

    @AfterEach
    void closeConnections() {
        other.close();
        relay.close();
    }

    @Test
    void aReaderAtTheEndStaysThereAcrossResizesAndSeesTheNextMessage() {
        for (Dimension size : List.of(new Dimension(900, 480), new Dimension(640, 760), new Dimension(700, 520))) {
            dragTo(window, size);
            awaitLastInView(window, last);
        }

        awaitLastInView(window, other.say("after the resizes " + tag));
    }

    @Test
    void aReaderFurtherUpIsShownHowManyNewMessagesAreBelowAndJumpsToThem() {
        scrollUpALittle(window);
        Placement before = firstInView(window);

        String newest = other.sayThreeLiners(tag + " new", 3);

        window.awaitShown(newest);
        await().atMost(ClientWindow.PATIENCE).until(() -> "3 new messages ↓".equals(jumpButtonText(window)));
        assertThat(firstInView(window)).as("the view stays where the reader had it").isEqualTo(before);

        window.frame.button(ConversationView.JUMP_BUTTON).click();
        awaitLastInView(window, newest);
        await().atMost(ClientWindow.PATIENCE).until(() -> jumpButtonGone(window));

        scrollUpALittle(window);
        window.awaitShown(other.say("one more " + tag));
        await().atMost(ClientWindow.PATIENCE).until(() -> "1 new message ↓".equals(jumpButtonText(window)));
        window.frame.scrollPane(ConversationView.SCROLL_PANE).verticalScrollBar().scrollToMaximum();
        await().atMost(ClientWindow.PATIENCE).until(() -> jumpButtonGone(window));
    }

    @Test
    void theProblemLineShrinksTheConversationWhichStaysAtTheEnd() {
        window.send("x".repeat(5_002));

        await().atMost(ClientWindow.PATIENCE).until(() ->
                !labelText(window.frame.target(), Composer.PROBLEM).isEmpty());
        awaitLastInView(window, last);
    }

    /** The upload's replies are held back once its bar shows, so the bar stays while the test looks. */
    @Test
    void theUploadBarShrinksTheConversationWhichStaysAtTheEnd() throws IOException {
        Path file = LargeFile.write(Path.of("target", "it-files", Long.toString(System.nanoTime())), "big.bin", 64);

        window.attach(file);

        await().atMost(ClientWindow.PATIENCE).until(() ->
                onEdt(() -> ClientWindow.find(window.frame.target(), UploadsView.ROW).isPresent()));
        relay.holdReplies();
        awaitLastInView(window, last);
        relay.restore();
        window.awaitShown(file.getFileName().toString());
    }

    /** Resizes the window in small steps, each its own event, as dragging its corner does. */
    private static void dragTo(ClientWindow window, Dimension size) {
        Dimension from = onEdt(() -> window.frame.target().getSize());
        for (int step = 1; step <= DRAG_STEPS; step++) {
            int width = from.width + (size.width - from.width) * step / DRAG_STEPS;
            int height = from.height + (size.height - from.height) * step / DRAG_STEPS;
            SwingUtilities.invokeLater(() -> window.frame.target().setSize(width, height));
        }
        window.frame.robot().waitForIdle();
    }

    private static void scrollUpALittle(ClientWindow window) {
        onEdt(() -> {
            JScrollPane scroll = scrollPane(window);
            scroll.getVerticalScrollBar().setValue(scroll.getVerticalScrollBar().getValue() - 150);
            return null;
        });
    }

    private static boolean jumpButtonGone(ClientWindow window) {
        return onEdt(() -> ClientWindow.find(window.frame.target(), ConversationView.JUMP_BUTTON).isEmpty());
    }

    private static String jumpButtonText(ClientWindow window) {
        return onEdt(() -> ClientWindow.find(window.frame.target(), ConversationView.JUMP_BUTTON)
                .map(button -> ((AbstractButton) button).getText()).orElse(""));
    }

    /** The last row is the given message, and all of it is in view. */
    private static void awaitLastInView(ClientWindow window, String text) {
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> {
            List<MessageRow> rows = window.rows();
            MessageRow last = rows.get(rows.size() - 1);
            Rectangle[] shown = onEdt(() -> new Rectangle[] {last.getVisibleRect(), new Rectangle(last.getSize())});
            assertThat(onEdt(() -> ClientWindow.shownText(last))).isEqualTo(text);
            assertThat(shown[0]).as("the visible part of the last row").isEqualTo(shown[1]);
        });
    }

    /** Which message is at the top of the view, and how far above the view's top edge it starts. */
    private record Placement(String text, int offset) {
    }

    private static Placement firstInView(ClientWindow window) {
        return onEdt(() -> {
            Rectangle view = scrollPane(window).getViewport().getViewRect();
            return window.rows().stream().filter(row -> row.getBounds().intersects(view))
                    .min(Comparator.comparingInt(Component::getY))
                    .map(row -> new Placement(ClientWindow.shownText(row), row.getY() - view.y)).orElse(null);
        });
    }

    private static JScrollPane scrollPane(ClientWindow window) {
        return (JScrollPane) ClientWindow.find(window.frame.target(), ConversationView.SCROLL_PANE).orElseThrow();
    }
}
