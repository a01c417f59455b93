package messenger.client.view;

import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import javax.swing.JButton;
import javax.swing.text.JTextComponent;
import messenger.client.model.EmojiCatalog;
import messenger.client.testing.RunningServer;
import org.assertj.swing.core.GenericTypeMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The emoji picker beside the composer puts the chosen emoji where the caret is. */
class EmojiPickerIT extends GuiTest {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    private static final String FIRST = EmojiCatalog.CATEGORIES.get(0).emoji().get(0);
    private static final String SECOND = EmojiCatalog.CATEGORIES.get(0).emoji().get(1);
    /** One row (of ten) below the second. */
    private static final String BELOW_SECOND = EmojiCatalog.CATEGORIES.get(0).emoji().get(11);

    @Test
    void aClickedEmojiGoesInAtTheCaretAndTheKeyboardChoosesToo() {
        ClientWindow window = ClientWindow.withNewAccount(robot, server.address(), RunningServer.uniqueLogin("picker"));
        window.type(Composer.TEXT, "ab");
        JTextComponent composer = onEdt(() -> (JTextComponent) ClientWindow.find(window.frame.target(), Composer.TEXT)
                .orElseThrow());
        onEdt(() -> {
            composer.setCaretPosition(1);
            return null;
        });

        window.frame.button(EmojiPickerButton.NAME).click();
        robot.click(emojiButton(SECOND));

        window.frame.textBox(Composer.TEXT).requireText("a" + SECOND + "b");
        assertThat(onEdt(composer::getCaretPosition)).isEqualTo(1 + SECOND.length());
        awaitFocusOn(composer);
        assertThat(pickerShowing()).isFalse();

        window.frame.button(EmojiPickerButton.NAME).click();
        awaitFocusOn(emojiButton(FIRST));
        robot.pressAndReleaseKeys(KeyEvent.VK_RIGHT, KeyEvent.VK_DOWN, KeyEvent.VK_ENTER);

        window.frame.textBox(Composer.TEXT).requireText("a" + SECOND + BELOW_SECOND + "b");
        awaitFocusOn(composer);

        window.frame.button(EmojiPickerButton.NAME).click();
        awaitFocusOn(emojiButton(FIRST));
        robot.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);

        await().atMost(ClientWindow.PATIENCE).until(() -> !pickerShowing());
        awaitFocusOn(composer);
        window.frame.textBox(Composer.TEXT).requireText("a" + SECOND + BELOW_SECOND + "b");
    }

    /** Waits for the button: the picker's popup opens a moment after the click that asks for it. */
    private JButton emojiButton(String emoji) {
        GenericTypeMatcher<JButton> button = new GenericTypeMatcher<>(JButton.class, true) {
            @Override
            protected boolean isMatching(JButton candidate) {
                return EmojiGridPanel.EMOJI.equals(candidate.getName()) && emoji.equals(candidate.getText());
            }
        };
        return await().atMost(ClientWindow.PATIENCE)
                .until(() -> robot.finder().findAll(button), found -> !found.isEmpty())
                .iterator().next();
    }

    private boolean pickerShowing() {
        return !robot.finder().findAll(new GenericTypeMatcher<>(EmojiGridPanel.class, true) {
            @Override
            protected boolean isMatching(EmojiGridPanel panel) {
                return true;
            }
        }).isEmpty();
    }

    private static void awaitFocusOn(Component component) {
        await().atMost(ClientWindow.PATIENCE).until(() ->
                onEdt(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() == component));
    }
}
