package messenger.client.view;

import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Font;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.KeyEvent;
import java.util.Arrays;
import javax.swing.JTextPane;
import javax.swing.text.AttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;
import messenger.client.testing.RunningServer;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A message is shown formatted, while it is sent, stored and copied as it was typed. */
class FormattedMessageIT extends GuiTest {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    @Test
    void aMessageShowsBoldItalicCodeQuotesAndBlocksAndCopiesAsTyped() {
        String login = RunningServer.uniqueLogin("format");
        ClientWindow window = ClientWindow.withNewAccount(robot, server.address(), login);
        String typed = "*bold* _italic_ `co*de` snake_case 2*3*4 https://example.org/a_b\n"
                + "> quoted " + login + "\n```\nblock *x*\n```";

        window.send(typed);

        window.awaitShown(typed);
        String shown = "bold italic co*de snake_case 2*3*4 https://example.org/a_b\nquoted " + login + "\nblock *x*";
        MessageRow row = window.storedRowShowing(shown);
        JTextPane text = onEdt(() -> (JTextPane) ClientWindow.find(row, MessageText.NAME).orElseThrow());
        onEdt(() -> {
            assertThat(ClientWindow.fontAt(text, shown.indexOf("bold")).isBold()).as("bold").isTrue();
            assertThat(ClientWindow.fontAt(text, shown.indexOf("italic")).isItalic()).as("italic").isTrue();
            assertThat(ClientWindow.fontAt(text, shown.indexOf(" italic")).isBold()).as("plain between").isFalse();
            assertThat(ClientWindow.fontAt(text, shown.indexOf("co*de")).getFamily()).isEqualTo(Font.MONOSPACED);
            assertThat(ClientWindow.fontAt(text, shown.indexOf("block")).getFamily()).isEqualTo(Font.MONOSPACED);
            assertThat(ClientWindow.fontAt(text, shown.indexOf("snake")).getFamily())
                    .isEqualTo(text.getFont().getFamily());
            AttributeSet quote = text.getStyledDocument().getParagraphElement(shown.indexOf("quoted")).getAttributes();
            assertThat(StyleConstants.getLeftIndent(quote)).as("a quote is indented").isPositive();
            assertThat(foregroundAt(text, shown.indexOf("quoted"))).as("and dim").isEqualTo(Palette.QUOTE_TEXT);
            int link = shown.indexOf("https://");
            assertThat(Arrays.stream(text.getHighlighter().getHighlights()))
                    .as("the link is underlined where it is shown")
                    .anyMatch(highlight -> highlight.getStartOffset() == link
                            && highlight.getEndOffset() == link + "https://example.org/a_b".length());
            return null;
        });

        JTextComponentFixture fixture = new JTextComponentFixture(robot, text);
        fixture.click().selectAll().pressKey(KeyEvent.VK_CONTROL).pressAndReleaseKeys(KeyEvent.VK_C)
                .releaseKey(KeyEvent.VK_CONTROL);
        // the clipboard holds no text until the copy has reached it
        await().atMost(ClientWindow.PATIENCE).ignoreExceptions().untilAsserted(() ->
                assertThat(Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor))
                        .isEqualTo(typed));
    }

    private static Color foregroundAt(JTextPane text, int offset) {
        StyledDocument document = text.getStyledDocument();
        return document.getForeground(document.getCharacterElement(offset).getAttributes());
    }
}
