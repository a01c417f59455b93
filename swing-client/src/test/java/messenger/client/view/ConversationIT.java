package messenger.client.view;

import messenger.client.testing.RunningServer;
import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Component;
import java.awt.event.KeyEvent;
import java.util.Collections;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConversationIT extends GuiTest {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    @Test
    void aMessageReachesAnotherUserAndTheSendersOtherDeviceOnce() {
        String alice = RunningServer.uniqueLogin("alice");
        String bob = RunningServer.uniqueLogin("bob");
        ClientWindow aliceHere = ClientWindow.open(robot, server.address());
        aliceHere.createAccount(alice, RunningServer.PASSWORD);
        ClientWindow bobThere = ClientWindow.open(robot, server.address());
        bobThere.createAccount(bob, RunningServer.PASSWORD);
        ClientWindow aliceElsewhere = ClientWindow.open(robot, server.address());
        aliceElsewhere.signIn(alice, RunningServer.PASSWORD);
        String hello = "Hello Bob " + alice;

        aliceHere.send(hello);

        for (ClientWindow window : new ClientWindow[] {aliceHere, bobThere, aliceElsewhere}) {
            window.awaitShown(hello);
            assertThat(Collections.frequency(window.shownTexts(), hello)).isEqualTo(1);
        }
        aliceHere.frame.textBox(Composer.TEXT).requireEmpty();
        assertThat(isOnTheRight(aliceHere, hello)).isTrue();
        assertThat(isOnTheRight(aliceElsewhere, hello)).isTrue();
        assertThat(isOnTheRight(bobThere, hello)).isFalse();
        assertThat(senderShown(bobThere, hello)).isEqualTo(alice);
    }

    @Test
    void consecutiveMessagesOfOneSenderShowTheSenderOnce() {
        String carol = RunningServer.uniqueLogin("carol");
        String dave = RunningServer.uniqueLogin("dave");
        ClientWindow carolWindow = ClientWindow.open(robot, server.address());
        carolWindow.createAccount(carol, RunningServer.PASSWORD);
        ClientWindow daveWindow = ClientWindow.open(robot, server.address());
        daveWindow.createAccount(dave, RunningServer.PASSWORD);

        carolWindow.send("first of two " + carol);
        carolWindow.send("second of two " + carol);

        daveWindow.awaitShown("first of two " + carol, "second of two " + carol);
        // the rows are grouped again, on the event thread, as the second one comes in
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> {
            assertThat(senderShown(daveWindow, "first of two " + carol)).isEqualTo(carol);
            assertThat(senderShown(daveWindow, "second of two " + carol)).isNull();
            assertThat(ClientWindow.labelText(daveWindow.rowShowing("second of two " + carol), MessageRow.TIME))
                    .matches("\\d\\d:\\d\\d");
        });
    }

    @Test
    void shiftEnterStartsANewLineAndLongTextWraps() {
        String erin = RunningServer.uniqueLogin("erin");
        ClientWindow window = ClientWindow.open(robot, server.address());
        window.createAccount(erin, RunningServer.PASSWORD);
        String longLine = ("a rather long sentence that will have to wrap " + erin + " ").repeat(12).strip();

        window.frame.textBox(Composer.TEXT).click();
        window.frame.textBox(Composer.TEXT).enterText("two lines");
        window.frame.textBox(Composer.TEXT).pressKey(KeyEvent.VK_SHIFT).pressAndReleaseKeys(KeyEvent.VK_ENTER)
                .releaseKey(KeyEvent.VK_SHIFT);
        window.frame.textBox(Composer.TEXT).enterText("see https://example.org/x");
        window.frame.textBox(Composer.TEXT).pressAndReleaseKeys(KeyEvent.VK_ENTER);
        window.send(longLine);

        window.awaitShown("two lines\nsee https://example.org/x", longLine);
        MessageRow row = window.rowShowing(longLine);
        onEdt(() -> {
            JTextComponent text = (JTextComponent) ClientWindow.find(row, MessageText.NAME).orElseThrow();
            int lineHeight = text.getFontMetrics(text.getFont()).getHeight();
            assertThat(text.getHeight()).isGreaterThan(3 * lineHeight);
            assertThat(text.getWidth()).isLessThan(row.getWidth());
            return null;
        });
    }

    /** Own messages sit on the right of the conversation, others' on the left. */
    private static boolean isOnTheRight(ClientWindow window, String text) {
        MessageRow row = window.rowShowing(text);
        return onEdt(() -> {
            Component bubble = ClientWindow.find(row, MessageRow.BUBBLE).orElseThrow();
            return bubble.getX() > row.getWidth() - bubble.getX() - bubble.getWidth();
        });
    }

    private static String senderShown(ClientWindow window, String text) {
        MessageRow row = window.rowShowing(text);
        return onEdt(() -> ClientWindow.find(row, MessageRow.SENDER).map(label -> ((JLabel) label).getText()).orElse(null));
    }
}
