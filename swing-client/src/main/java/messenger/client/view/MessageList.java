package messenger.client.view;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import messenger.client.model.ChatMessage;

/**
 * The messages one under another below a header, as wide as the visible area (so text wraps instead of
 * scrolling sideways), with components only for the rows in view and a little around it: a conversation of
 * any length costs a few dozen components. A row's height is measured when it comes into view and kept until
 * the width changes; rows not measured yet count with the average height of those that are.
 *
 * <p>Every layout keeps the view anchored, whatever changed: a reader at the bottom stays at the bottom (and
 * sees new messages), anyone else keeps the message at the top of the view where it was, so older messages
 * loaded above, or rows measured anew, never make the view jump. Used on the event thread only.
 */
final class MessageList extends JPanel implements Scrollable {

    /** Builds the component of one message, which may look at the one before it; the list decides where it goes. */
    interface RowFactory {
        MessageRow create(ChatMessage message, ChatMessage previous, IntSupplier bubbleWidth);
    }

    /** Told when the reader reaches the end of the list or leaves it. */
    interface EndListener {
        void readerAtEnd(boolean atEnd);
    }

    private static final double BUBBLE_SHARE = 0.75;
    private static final int SIDE_INSET = 12;
    private static final int END_INSET = 8;
    private static final int GAP = 3;
    /** The room above a row scrolled to. */
    private static final int SCROLLED_TO_MARGIN = 40;
    /** How close to the bottom still counts as reading at the bottom. */
    private static final int BOTTOM_SLACK = 16;
    /** Rows are ready this far beyond the visible area, so a small scroll shows them at once. */
    private static final int OVERSCAN = 150;
    /** Measuring rows can change which rows are in view; a few rounds settle it. */
    private static final int ROUNDS = 4;

    private final JComponent header;
    private final RowFactory factory;
    private final EndListener endListener;
    private final List<ChatMessage> messages = new ArrayList<>();
    private final RowHeights heights = new RowHeights(GAP);
    private Map<ChatMessage, MessageRow> built = new IdentityHashMap<>();
    private int measuredWidth = -1;
    private JViewport followed;
    private Dimension lastExtent = new Dimension();
    private boolean followBottom = true;
    private boolean toldAtEnd = true;
    private int anchorIndex = -1;
    private int anchorOffset;
    private boolean placing;
    /** A change to the messages waits for its layout, which will place the rows. */
    private boolean layoutPending;

    MessageList(JComponent header, RowFactory factory, EndListener endListener) {
        super(null);
        this.header = header;
        this.factory = factory;
        this.endListener = endListener;
        setBackground(Palette.CONVERSATION_BACKGROUND);
        add(header);
    }

    @Override
    public void addNotify() {
        super.addNotify();
        if (getParent() instanceof JViewport viewport && viewport != followed) {
            followed = viewport;
            viewport.addChangeListener(e -> {
                if (!layoutPending && !placing) {
                    place(viewport.getExtentSize().equals(lastExtent));
                    // adding and removing rows invalidated the list; left so, it would miss its rows' revalidations
                    validate();
                }
            });
        }
    }

    /** What the list holds, top to bottom, whether in view or not. */
    List<ChatMessage> messages() {
        return Collections.unmodifiableList(messages);
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    /** The widest a message bubble may be. */
    int bubbleWidth() {
        int available = (getWidth() > 0 ? getWidth() : 600) - 2 * SIDE_INSET;
        return Math.max(160, (int) (available * BUBBLE_SHARE));
    }

    /** The next layout shows the bottom, wherever the reader was (after they sent a message). */
    void scrollToBottomOnNextLayout() {
        followBottom = true;
    }

    /** Rows added below (a page of newer messages) leave the view where it is, even at the bottom. */
    void keepTheViewForNewerRows() {
        followBottom = false;
    }

    /** Shows the bottom now, and follows it from there. */
    void scrollToBottom() {
        followBottom = true;
        changed();
    }

    /**
     * Shows row {@code index} near the top of the view, and keeps it there. The reader is away from the end from now
     * until the layout finds the end in view after all.
     */
    void scrollTo(int index) {
        followBottom = false;
        anchorIndex = index;
        anchorOffset = SCROLLED_TO_MARGIN;
        if (toldAtEnd) {
            toldAtEnd = false;
            endListener.readerAtEnd(false);
        }
        changed();
    }

    /** Builds the row at {@code index} anew, for a change of how it looks rather than of its message. */
    void rebuild(int index) {
        MessageRow row = built.remove(messages.get(index));
        if (row != null) {
            remove(row);
        }
        heights.forget(index);
        changed();
    }

    void resetTo(List<ChatMessage> all) {
        messages.clear();
        heights.clear();
        messages.addAll(all);
        heights.insert(0, all.size());
        anchorIndex = -1;
        followBottom = true;
        changed();
    }

    void insertAt(int index, List<ChatMessage> added) {
        messages.addAll(index, added);
        heights.insert(index, added.size());
        if (anchorIndex >= index) {
            anchorIndex += added.size();
        }
        regroup(index + added.size());
        changed();
    }

    void replaceAt(int index, ChatMessage message) {
        messages.set(index, message);
        heights.forget(index);
        regroup(index + 1);
        changed();
    }

    void removeAt(int index) {
        messages.remove(index);
        heights.remove(index);
        if (anchorIndex > index || anchorIndex == messages.size()) {
            anchorIndex--;
        }
        regroup(index);
        changed();
    }

    /** The row at {@code index} has another message before it now: it is built and measured anew. */
    private void regroup(int index) {
        if (index < messages.size()) {
            heights.forget(index);
            MessageRow row = built.remove(messages.get(index));
            if (row != null) {
                remove(row);
            }
        }
    }

    private void changed() {
        layoutPending = true;
        revalidate();
        repaint();
    }

    @Override
    public void doLayout() {
        place(false);
        layoutPending = false;
    }

    /**
     * Builds and measures the rows in view and puts every component in its place. After the reader scrolled,
     * the row now at the top becomes the anchor; after anything else, the view moves to keep the anchor.
     */
    private void place(boolean readerScrolled) {
        if (placing || !(getParent() instanceof JViewport viewport) || getWidth() <= 0) {
            return;
        }
        placing = true;
        try {
            if (getWidth() != measuredWidth) {
                measuredWidth = getWidth();
                heights.forgetAll();
                built.values().forEach(MessageList::invalidateTree);
            }
            if (readerScrolled) {
                takeAnchor(viewport.getViewRect());
            }
            for (int round = 0; round < ROUNDS; round++) {
                keepAnchor(viewport);
                if (!measureRowsIn(viewport.getViewRect())) {
                    break;
                }
            }
            keepAnchor(viewport);
            positionRowsIn(viewport.getViewRect());
            takeAnchor(viewport.getViewRect());
            lastExtent = viewport.getExtentSize();
        } finally {
            placing = false;
        }
        if (followBottom != toldAtEnd) {
            toldAtEnd = followBottom;
            endListener.readerAtEnd(followBottom);
        }
    }

    private void takeAnchor(Rectangle view) {
        followBottom = view.y + view.height >= getHeight() - BOTTOM_SLACK;
        anchorIndex = messages.isEmpty() ? -1 : Math.min(messages.size() - 1, firstReaching(view.y));
        anchorOffset = anchorIndex < 0 ? 0 : top(anchorIndex) - view.y;
    }

    /** Sizes the list to its rows and moves the view to the bottom or to where the anchor was. */
    private void keepAnchor(JViewport viewport) {
        int extent = viewport.getExtentSize().height;
        int height = Math.max(contentHeight(), extent);
        if (getHeight() != height) {
            setSize(getWidth(), height);
        }
        int lowest = Math.max(0, height - extent);
        int y = viewport.getViewPosition().y;
        if (followBottom) {
            y = lowest;
        } else if (anchorIndex >= 0) {
            y = Math.max(0, Math.min(lowest, top(anchorIndex) - anchorOffset));
        }
        if (y != viewport.getViewPosition().y) {
            viewport.setViewPosition(new Point(0, y));
        }
    }

    /** Builds the rows in (and near) view and measures them; true when a height changed. */
    private boolean measureRowsIn(Rectangle view) {
        boolean changed = false;
        int last = lastReaching(view.y + view.height + OVERSCAN);
        for (int i = firstReaching(view.y - OVERSCAN); i <= last; i++) {
            int height = row(i).getPreferredSize().height;
            if (!heights.isMeasured(i) || height != heights.get(i)) {
                heights.set(i, height);
                changed = true;
            }
        }
        return changed;
    }

    private void positionRowsIn(Rectangle view) {
        int width = getWidth() - 2 * SIDE_INSET;
        header.setBounds(SIDE_INSET, shift() + END_INSET, width, header.getPreferredSize().height);
        Map<ChatMessage, MessageRow> kept = new IdentityHashMap<>();
        int last = lastReaching(view.y + view.height + OVERSCAN);
        for (int i = firstReaching(view.y - OVERSCAN); i <= last; i++) {
            MessageRow row = row(i);
            if (!heights.isMeasured(i)) {
                heights.set(i, row.getPreferredSize().height);
            }
            row.setBounds(SIDE_INSET, top(i), width, heights.get(i));
            kept.put(messages.get(i), built.remove(messages.get(i)));
        }
        built.values().forEach(this::remove);
        built = kept;
    }

    private MessageRow row(int index) {
        ChatMessage message = messages.get(index);
        MessageRow row = built.get(message);
        if (row == null) {
            ChatMessage previous = index == 0 ? null : messages.get(index - 1);
            row = factory.create(message, previous, this::bubbleWidth);
            built.put(message, row);
            add(row);
            repaint();
        }
        return row;
    }

    /** Where row {@code index} starts, in the list's coordinates. */
    private int top(int index) {
        return shift() + firstRowTop() + heights.top(index);
    }

    private int firstRowTop() {
        return END_INSET + header.getPreferredSize().height + GAP;
    }

    /** The header, the rows and the space around them. */
    private int contentHeight() {
        return heights.size() == 0 ? 2 * END_INSET + header.getPreferredSize().height
                : firstRowTop() + heights.total() + END_INSET;
    }

    /** A short conversation sits at the bottom of the visible area, like every chat. */
    private int shift() {
        return Math.max(0, getHeight() - contentHeight());
    }

    /** The first row whose bottom is below {@code y}. */
    private int firstReaching(int y) {
        return heights.indexAt(y - shift() - firstRowTop());
    }

    /** The last row whose top is above {@code y} (or just below it, in the gap after it). */
    private int lastReaching(int y) {
        return Math.min(messages.size() - 1, firstReaching(y));
    }

    private static void invalidateTree(Container container) {
        for (Component child : container.getComponents()) {
            child.invalidate();
            if (child instanceof Container inner) {
                invalidateTree(inner);
            }
        }
        container.invalidate();
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(getWidth(), contentHeight());
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

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return getParent() instanceof JViewport viewport && viewport.getHeight() > contentHeight();
    }
}
