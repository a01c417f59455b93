package messenger.client.view;

import static messenger.client.view.ClientWindow.labelText;
import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.awt.Component;
import java.awt.event.KeyEvent;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import messenger.client.testing.OtherUser;
import javax.swing.text.JTextComponent;
import messenger.client.testing.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The composer grows with what is written and says how long it is near the limit. */
class ComposerIT extends GuiTest {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    @Test
    void theComposerGrowsWithItsLinesUpToAThirdOfTheWindowAndShrinksAfterSending() {
        ClientWindow window = ClientWindow.open(robot, server.address());
        String tag = RunningServer.uniqueLogin("grow");
        window.createAccount(tag, RunningServer.PASSWORD);
        try (OtherUser other = new OtherUser(server)) {
            window.awaitShown(other.sayThreeLiners(tag, 12));
        }
        int empty = composerHeight(window);

        window.frame.textBox(Composer.TEXT).click();
        window.frame.textBox(Composer.TEXT).enterText("one");
        for (String line : new String[] {"two", "three"}) {
            window.frame.textBox(Composer.TEXT).pressKey(KeyEvent.VK_SHIFT).pressAndReleaseKeys(KeyEvent.VK_ENTER)
                    .releaseKey(KeyEvent.VK_SHIFT);
            window.frame.textBox(Composer.TEXT).enterText(line);
        }
        await().atMost(ClientWindow.PATIENCE).until(() -> allTextInView(window));
        assertThat(composerHeight(window)).as("three lines").isGreaterThan(empty);

        window.type(Composer.TEXT, IntStream.rangeClosed(1, 30).mapToObj(i -> "line " + i)
                .collect(Collectors.joining("\n")));
        int third = onEdt(() -> window.frame.target().getHeight() / 3);
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() ->
                assertThat(composerHeight(window)).as("thirty lines").isCloseTo(third, within(12)));
        assertThat(allTextInView(window)).as("the rest scrolls").isFalse();

        window.frame.textBox(Composer.TEXT).pressAndReleaseKeys(KeyEvent.VK_ENTER);
        await().atMost(ClientWindow.PATIENCE).until(() -> composerHeight(window) == empty);
    }

    @Test
    void aCounterShowsNearTheLimitAndTheTooLongProblemGoesAsSoonAsTheTextIsShortened() {
        ClientWindow window = ClientWindow.open(robot, server.address());
        window.createAccount(RunningServer.uniqueLogin("limit"), RunningServer.PASSWORD);

        window.type(Composer.TEXT, "x".repeat(3_950));
        awaitLabel(window, Composer.COUNTER, "3,950 / 4,096");
        window.type(Composer.TEXT, "x".repeat(5_002));
        awaitLabel(window, Composer.COUNTER, "5,002 / 4,096");
        window.frame.textBox(Composer.TEXT).pressAndReleaseKeys(KeyEvent.VK_ENTER);
        awaitLabel(window, Composer.PROBLEM, "A message has at most 4096 characters; this one has 5002.");

        window.frame.textBox(Composer.TEXT).selectText(0, 1_000).pressAndReleaseKeys(KeyEvent.VK_DELETE);

        awaitLabel(window, Composer.COUNTER, "4,002 / 4,096");
        assertThat(labelText(window.frame.target(), Composer.PROBLEM)).isEmpty();

        window.frame.textBox(Composer.TEXT).selectAll().pressAndReleaseKeys(KeyEvent.VK_DELETE);
        awaitLabel(window, Composer.COUNTER, "");
    }

    @Test
    void anEmojiTypedAsAPrivateUseCharacterArrivesAsTheEmoji() {
        ClientWindow window = ClientWindow.open(robot, server.address());
        window.createAccount(RunningServer.uniqueLogin("keysym"), RunningServer.PASSWORD);
        window.type(Composer.TEXT, "smile ");

        onEdt(() -> {
            Component text = ClientWindow.find(window.frame.target(), Composer.TEXT).orElseThrow();
            // what X11 delivers for the keysym of U+1F600 after keeping its low 16 bits
            text.dispatchEvent(new KeyEvent(text, KeyEvent.KEY_TYPED, System.currentTimeMillis(), 0,
                    KeyEvent.VK_UNDEFINED, '\uF600'));
            return null;
        });

        window.frame.textBox(Composer.TEXT).requireText("smile \uD83D\uDE00");
    }

    private static void awaitLabel(ClientWindow window, String name, String text) {
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() ->
                assertThat(labelText(window.frame.target(), name)).isEqualTo(text));
    }

    /** The height of the composer's scroll pane, which shows the text. */
    private static int composerHeight(ClientWindow window) {
        return onEdt(() -> composerScroll(window).getHeight());
    }

    private static boolean allTextInView(ClientWindow window) {
        return onEdt(() -> {
            JTextComponent text = (JTextComponent) ClientWindow.find(window.frame.target(), Composer.TEXT)
                    .orElseThrow();
            return composerScroll(window).getViewport().getExtentSize().height >= text.getPreferredSize().height;
        });
    }

    private static JScrollPane composerScroll(ClientWindow window) {
        JTextComponent text = (JTextComponent) ClientWindow.find(window.frame.target(), Composer.TEXT).orElseThrow();
        return (JScrollPane) text.getParent().getParent();
    }
}
