package messenger.client.view;

import java.awt.Dimension;
import java.awt.Point;
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
 *
 * <p>Every layout keeps the view anchored, whatever changed: a reader at the bottom stays at the bottom (and
 * sees new messages), anyone else keeps the message at the top of the view where it was, so older messages
 * loaded above, or messages that wrap anew, never make the view jump.
 */
final class MessageColumn extends JPanel implements Scrollable {

    private static final double BUBBLE_SHARE = 0.75;
    private static final int SIDE_INSET = 12;
    /** How close to the bottom still counts as reading at the bottom. */
    private static final int BOTTOM_SLACK = 16;

    private int laidOutHeight;
    private boolean toBottomOnNextLayout;

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

    /** The next layout shows the bottom, wherever the reader was (after they sent a message). */
    void scrollToBottomOnNextLayout() {
        toBottomOnNextLayout = true;
    }

    @Override
    public void doLayout() {
        if (!(getParent() instanceof JViewport viewport)) {
            super.doLayout();
            return;
        }
        Rectangle visible = viewport.getViewRect();
        boolean atBottom = toBottomOnNextLayout || visible.y + visible.height >= laidOutHeight - BOTTOM_SLACK;
        MessageRow anchor = atBottom ? null : firstVisibleRow(visible.y);
        int offset = anchor == null ? 0 : anchor.getY() - visible.y;
        super.doLayout();
        laidOutHeight = getHeight();
        toBottomOnNextLayout = false;
        int bottom = Math.max(0, getHeight() - visible.height);
        int y = anchor == null || anchor.getParent() != this ? (atBottom ? bottom : visible.y)
                : Math.max(0, Math.min(bottom, anchor.getY() - offset));
        if (y != visible.y) {
            viewport.setViewPosition(new Point(visible.x, y));
        }
    }

    /** The first message row, laid out before, that reaches into the view; rows added since have no height yet. */
    private MessageRow firstVisibleRow(int viewTop) {
        for (Component child : getComponents()) {
            if (child instanceof MessageRow row && row.getHeight() > 0 && row.getY() + row.getHeight() > viewTop) {
                return row;
            }
        }
        return null;
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
