package messenger.client.view;

import static messenger.client.view.ClientWindow.fontAt;
import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.event.KeyEvent;
import javax.swing.JTextPane;
import messenger.client.testing.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Emoji show on a machine without an emoji font: the client draws them in the font it brings. */
class EmojiIT extends GuiTest {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    private static final int GRINNING_FACE = 0x1F600;

    @Test
    void anEmojiIsDrawnInAFontThatHasItInTheComposerAndInTheConversation() {
        ClientWindow window = ClientWindow.withNewAccount(robot, server.address(), RunningServer.uniqueLogin("emoji"));
        String hello = "Hello 😀 " + RunningServer.uniqueLogin("there");
        int emoji = hello.indexOf("😀");

        window.type(Composer.TEXT, hello);
        JTextPane composer = onEdt(() -> (JTextPane) ClientWindow.find(window.frame.target(), Composer.TEXT)
                .orElseThrow());
        assertDrawsAnEmojiAt(composer, emoji);

        window.frame.textBox(Composer.TEXT).pressAndReleaseKeys(KeyEvent.VK_ENTER);
        MessageRow row = window.storedRowShowing(hello);
        JTextPane text = onEdt(() -> (JTextPane) ClientWindow.find(row, MessageText.NAME).orElseThrow());
        assertDrawsAnEmojiAt(text, emoji);
        onEdt(() -> {
            assertThat(text.getHeight()).as("the row leaves the text the height it needs")
                    .isGreaterThanOrEqualTo(text.getPreferredSize().height);
            assertThat(text.getFontMetrics(fontAt(text, emoji)).stringWidth("😀")).as("the emoji takes room")
                    .isGreaterThan(0);
            return null;
        });
    }

    /** The emoji at {@code offset} is drawn in a font that has it, as large as the text around it. */
    private static void assertDrawsAnEmojiAt(JTextPane text, int offset) {
        onEdt(() -> {
            Font emoji = fontAt(text, offset);
            assertThat(emoji.canDisplay(GRINNING_FACE)).as(emoji + " has 😀").isTrue();
            assertThat(emoji.getSize2D()).isEqualTo(fontAt(text, 0).getSize2D());
            assertThat(fontAt(text, 0).getFamily()).as("the text around keeps its font")
                    .isEqualTo(text.getFont().getFamily());
            return null;
        });
    }
}
