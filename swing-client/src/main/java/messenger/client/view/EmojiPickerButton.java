package messenger.client.view;

import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JPopupMenu;
import javax.swing.SwingUtilities;

/** A 😀 button that opens the emoji grid above itself; choosing an emoji or Escape closes it again. */
final class EmojiPickerButton extends JButton {

    static final String NAME = "emojiPicker";

    private final JPopupMenu popup = new JPopupMenu();
    private final Consumer<String> onChosen;
    private final Runnable onCancelled;
    /** Built when the picker first opens, so that opening the chat does not wait for a hundred buttons. */
    private EmojiGridPanel grid;

    /** {@code onChosen} gets the emoji chosen; {@code onCancelled} runs when Escape closed the grid instead. */
    EmojiPickerButton(Consumer<String> onChosen, Runnable onCancelled) {
        super("😀");
        this.onChosen = onChosen;
        this.onCancelled = onCancelled;
        setName(NAME);
        setToolTipText("Insert an emoji");
        setFont(EmojiFont.sized(getFont().getSize2D() + 2));
        addActionListener(e -> open());
    }

    private void open() {
        if (grid == null) {
            grid = new EmojiGridPanel(emoji -> {
                popup.setVisible(false);
                onChosen.accept(emoji);
            }, () -> {
                popup.setVisible(false);
                onCancelled.run();
            });
            popup.add(grid);
        }
        popup.show(this, getWidth() - popup.getPreferredSize().width, -popup.getPreferredSize().height);
        // after the popup menu's own focus handling, which runs as it opens
        SwingUtilities.invokeLater(grid::focusFirst);
    }
}
