package messenger.client.view;

import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import javax.swing.text.JTextComponent;
import messenger.client.model.MangledEmoji;

/** Types the emoji a mangled key stands for (see {@link MangledEmoji}) instead of the character that came. */
final class EmojiKeyRepair extends KeyAdapter {

    private final JTextComponent text;

    private EmojiKeyRepair(JTextComponent text) {
        this.text = text;
    }

    static void install(JTextComponent text) {
        text.addKeyListener(new EmojiKeyRepair(text));
    }

    @Override
    public void keyTyped(KeyEvent e) {
        char typed = e.getKeyChar();
        if (MangledEmoji.isMangled(typed) && text.isEditable()) {
            // consumed here, the key binding that would type the mangled character never sees it
            e.consume();
            text.replaceSelection(MangledEmoji.restored(typed));
        }
    }
}
