package messenger.client.view;

import java.awt.Dimension;
import java.awt.Window;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;

/**
 * The composer's text, wrapped at words: its scroll pane asks for the height of all its lines (wraps
 * included), at least two and at most a third of the window; beyond that it scrolls.
 */
final class ComposerText extends JTextArea {

    private static final int FEWEST_LINES = 2;
    private static final int SHARE_OF_WINDOW = 3;

    ComposerText() {
        super(FEWEST_LINES, 20);
        setLineWrap(true);
        setWrapStyleWord(true);
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        Dimension size = super.getPreferredScrollableViewportSize();
        size.height = Math.max(size.height, Math.min(getPreferredSize().height, tallest()));
        return size;
    }

    private int tallest() {
        Window window = SwingUtilities.getWindowAncestor(this);
        return window == null ? Integer.MAX_VALUE : window.getHeight() / SHARE_OF_WINDOW;
    }
}
