package messenger.client.view;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.Component;
import java.awt.Container;
import javax.swing.JPanel;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;

/**
 * The messages one under another, as wide as the visible area (so text wraps instead of scrolling sideways).
 * When its width changes, every message is measured again.
 */
final class MessageColumn extends JPanel implements Scrollable {

    private static final double BUBBLE_SHARE = 0.75;
    private static final int SIDE_INSET = 12;

    MessageColumn() {
        super(new MigLayout("wrap 1, fillx, aligny bottom, insets 8 " + SIDE_INSET + " 8 " + SIDE_INSET + ", gapy 3, hidemode 3",
                "[grow,fill]"));
        setBackground(Palette.CONVERSATION_BACKGROUND);
    }

    /** The widest a message bubble may be. */
    int bubbleWidth() {
        int available = (getWidth() > 0 ? getWidth() : 600) - 2 * SIDE_INSET;
        return Math.max(160, (int) (available * BUBBLE_SHARE));
    }

    @Override
    public void setBounds(int x, int y, int width, int height) {
        boolean widthChanged = width != getWidth();
        super.setBounds(x, y, width, height);
        if (widthChanged) {
            invalidateTree(this);
            revalidate();
        }
    }

    private static void invalidateTree(Container container) {
        for (Component child : container.getComponents()) {
            child.invalidate();
            if (child instanceof Container inner) {
                invalidateTree(inner);
            }
        }
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 24;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? visible.height - 24 : visible.width;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    /** A short conversation fills the visible area and sits at its bottom, like every chat. */
    @Override
    public boolean getScrollableTracksViewportHeight() {
        return getParent() instanceof JViewport viewport && viewport.getHeight() > getPreferredSize().height;
    }
}
