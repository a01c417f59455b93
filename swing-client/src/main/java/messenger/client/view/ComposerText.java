package messenger.client.view;

import java.awt.Dimension;
import java.awt.Insets;
import java.awt.Window;
import javax.swing.SwingUtilities;

/**
 * The composer's text, wrapped at words: its scroll pane asks for the height of all its lines (wraps
 * included), at least two and at most a third of the window; beyond that it scrolls.
 */
final class ComposerText extends EmojiTextPane {

    private static final int FEWEST_LINES = 2;
    /** Only what the text asks for before the layout gives it the row's width. */
    private static final int COLUMNS = 20;
    private static final int SHARE_OF_WINDOW = 3;

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        Insets insets = getInsets();
        int lineHeight = getFontMetrics(getFont()).getHeight();
        int fewest = FEWEST_LINES * lineHeight + insets.top + insets.bottom;
        int width = COLUMNS * getFontMetrics(getFont()).charWidth('m') + insets.left + insets.right;
        return new Dimension(width, Math.max(fewest, Math.min(getPreferredSize().height, tallest())));
    }

    /** Long words wrap too, rather than widen the text beyond its scroll pane. */
    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    private int tallest() {
        Window window = SwingUtilities.getWindowAncestor(this);
        return window == null ? Integer.MAX_VALUE : window.getHeight() / SHARE_OF_WINDOW;
    }
}
