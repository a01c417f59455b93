package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.MouseEvent;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollBar;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import messenger.client.model.ChatMessage;
import messenger.client.model.ConnectionState;
import messenger.client.model.ConnectionStatus;
import messenger.client.model.Conversation;
import messenger.client.model.ConversationListener;
import messenger.client.model.Delivery;
import messenger.client.model.NewMessagesBelow;
import net.miginfocom.swing.MigLayout;

/**
 * A conversation on screen: one row per message of the model, in the model's order, in a
 * {@link MessageList} that builds only the rows in view and keeps the view anchored. Reaching the top asks
 * for the next older page (and so does a conversation too short to fill the window); a page that failed to
 * load is asked for again by Retry or when the connection is back. While the reader is further up, a button
 * over the bottom of the list takes them to the latest message, counting those of others that arrived meanwhile.
 * A message jumped to (the original of a reply) is scrolled to the top and lit up for a moment.
 */
final class ConversationView extends JPanel {

    static final String SCROLL_PANE = "conversation";
    static final String HISTORY_STATE = "historyState";
    static final String RETRY_BUTTON = "retryOlder";
    static final String JUMP_BUTTON = "jumpToLatest";
    static final String JUMP_TEXT = "Jump to latest ↓";
    /** How long a message jumped to stays lit up. */
    private static final int HIGHLIGHT_MILLIS = 2_500;

    private final Conversation conversation;
    private final OlderPages olderPages;
    private final NewerPages newerPages;
    private final Reader reader;
    private final MessageList list;
    private final JScrollPane scroll;
    private final JLabel historyState = Labels.small("");
    private final JButton retry = new JButton("Retry");
    private final JButton jump = new JButton();
    private final NewMessagesBelow below;
    private final ConversationListener listener = new OnEventThread();
    private final ConnectionStatus status;
    private final Consumer<ConnectionStatus.Snapshot> onStatus = snapshot -> SwingUtilities.invokeLater(() -> {
        if (snapshot.state() == ConnectionState.CONNECTED) {
            retryOlderIfItFailed();
            retryNewerIfItFailed();
        }
    });
    private final Timer unhighlight = new Timer(HIGHLIGHT_MILLIS, e -> highlight(0));
    private final AWTEventListener unhighlightOnClick = this::unhighlightAfterClick;
    private boolean hasOlder;
    private long readMarker = Long.MAX_VALUE;
    /** Opened with unread messages: the view goes to the first of them as soon as one is loaded. */
    private boolean toFirstUnread;
    private long highlighted;
    private boolean readerAtEnd = true;
    private boolean loadingOlder;
    private boolean loadingNewer;
    private boolean newerFailed;
    private String olderProblem;

    /** Loads the next older page into the conversation; one of the two callbacks runs, on the event thread. */
    interface OlderPages {
        void load(Runnable onLoaded, Consumer<Throwable> onFailed);
    }

    /**
     * Loads newer messages into a conversation opened at an older message (one found): the next page, or the
     * newest in place of what is loaded. One of the two callbacks runs, on the event thread.
     */
    interface NewerPages {
        void next(Runnable onLoaded, Consumer<Throwable> onFailed);

        void latest(Runnable onLoaded, Consumer<Throwable> onFailed);
    }

    /** Hears what the reader can see: whether the list is at its end, and when new messages went on screen. */
    interface Reader {
        void atEnd(boolean atEnd);

        void shown();
    }

    ConversationView(Conversation conversation, ConnectionStatus status, OlderPages olderPages,
                     NewerPages newerPages, Reader reader, Clock clock, FileActions files,
                     MessageText.LinkOpener links, MessageActions actions) {
        super(new MigLayout("fill, insets 0", "[grow,fill]", "[grow,fill]"));
        this.conversation = conversation;
        this.status = status;
        this.olderPages = olderPages;
        this.newerPages = newerPages;
        this.reader = reader;
        below = new NewMessagesBelow(conversation.me());
        JPanel header = new JPanel(new MigLayout("insets 4 0 8 0, hidemode 3", "push[][]push"));
        header.setOpaque(false);
        header.add(historyState);
        header.add(retry);
        list = new MessageList(header, (message, previous, bubbleWidth) -> {
            MessageRow row = new MessageRow(message, RowPlacement.of(message, previous, conversation.me(), clock,
                    readMarker), bubbleWidth, clock, files, links, actions);
            row.highlight(highlighted != 0 && message.id() == highlighted);
            return row;
        }, this::readerAtEnd);
        unhighlight.setRepeats(false);
        scroll = new JScrollPane(list);
        scroll.setName(SCROLL_PANE);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getViewport().setBackground(Palette.CONVERSATION_BACKGROUND);
        scroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        historyState.setName(HISTORY_STATE);
        retry.setName(RETRY_BUTTON);
        jump.setName(JUMP_BUTTON);
        jump.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_ROUND_RECT);
        jump.setVisible(false);
        add(jump, "pos null null visual.x2-24 visual.y2-12");
        add(scroll);
        retry.addActionListener(e -> loadOlderNow());
        jump.addActionListener(e -> jumpToLatest());
        scroll.getVerticalScrollBar().addAdjustmentListener(e -> {
            maybeLoadOlderSoon();
            maybeLoadNewerSoon();
        });
        conversation.addListener(listener);
        status.addListener(onStatus);
        showHistoryState();
    }

    /** The jump button lies over the list, which must then not paint as if nothing did. */
    @Override
    public boolean isOptimizedDrawingEnabled() {
        return false;
    }

    /** Stops following the model (the screen is going away). */
    void detach() {
        unhighlight.stop();
        Toolkit.getDefaultToolkit().removeAWTEventListener(unhighlightOnClick);
        conversation.removeListener(listener);
        status.removeListener(onStatus);
    }

    /**
     * The conversation opens with messages after {@code marker} (the read marker) unread: the "New messages" line
     * goes above the first of them, and the view to it, as every chat opens where the reader left off; with fewer
     * new messages than fill the view, that is the end. One never read (marker 0: just joined, say) opens at its
     * end, its latest messages, like any chat's history.
     */
    void openAtFirstUnread(long marker) {
        if (marker != readMarker) {
            long before = readMarker;
            readMarker = marker;
            rebuildFirstAfter(before);
            rebuildFirstAfter(marker);
        }
        toFirstUnread = marker > 0;
        goToFirstUnread();
    }

    /** Once a message after the marker is loaded; the oldest loaded when all of them are newer. */
    private void goToFirstUnread() {
        int first = firstAfter(readMarker);
        if (toFirstUnread && first >= 0) {
            toFirstUnread = false;
            list.scrollTo(first);
        }
    }

    /** The row that has or gets the line: only it changes, so the view stays where the reader left it. */
    private void rebuildFirstAfter(long marker) {
        int first = firstAfter(marker);
        if (first >= 0) {
            list.rebuild(first);
        }
    }

    private int firstAfter(long marker) {
        List<ChatMessage> shown = list.messages();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id() > marker) {
                return i;
            }
        }
        return -1;
    }

    /** Scrolls message {@code id} into view and lights it up; false when it is not loaded. */
    boolean showMessage(long id) {
        int index = indexOf(id);
        if (index < 0) {
            return false;
        }
        list.scrollTo(index);
        highlight(id);
        unhighlight.restart();
        return true;
    }

    /** Scrolls message {@code id} into view and lights it up until the next click; false when it is not loaded. */
    boolean showFoundMessage(long id) {
        int index = indexOf(id);
        if (index < 0) {
            return false;
        }
        list.scrollTo(index);
        unhighlight.stop();
        highlight(id);
        Toolkit.getDefaultToolkit().removeAWTEventListener(unhighlightOnClick);
        Toolkit.getDefaultToolkit().addAWTEventListener(unhighlightOnClick, AWTEvent.MOUSE_EVENT_MASK);
        return true;
    }

    /** The next click anywhere puts out a message found. */
    private void unhighlightAfterClick(AWTEvent event) {
        if (event.getID() == MouseEvent.MOUSE_PRESSED) {
            Toolkit.getDefaultToolkit().removeAWTEventListener(unhighlightOnClick);
            highlight(0);
        }
    }

    private void highlight(long id) {
        long before = highlighted;
        highlighted = id;
        for (long changed : new long[] {before, id}) {
            int index = changed == 0 ? -1 : indexOf(changed);
            if (index >= 0) {
                list.rebuild(index);
            }
        }
    }

    /** The newest message here that {@code login} may edit. */
    Optional<ChatMessage> lastEditableBy(String login) {
        List<ChatMessage> shown = list.messages();
        for (int i = shown.size() - 1; i >= 0; i--) {
            if (shown.get(i).isEditableBy(login)) {
                return Optional.of(shown.get(i));
            }
        }
        return Optional.empty();
    }

    private int indexOf(long id) {
        List<ChatMessage> shown = list.messages();
        for (int i = shown.size() - 1; i >= 0; i--) {
            if (shown.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the list shows its end (or will, at its next layout). */
    boolean isReaderAtEnd() {
        return readerAtEnd;
    }

    /** At the end of what is loaded is not at the end of the conversation while newer messages are still to load. */
    private void readerAtEnd(boolean atEnd) {
        readerAtEnd = atEnd;
        below.readerAtEnd(atEnd);
        showNewMessagesBelow();
        reader.atEnd(atEnd && !conversation.hasNewer());
    }

    private void showNewMessagesBelow() {
        jump.setText(below.count() > 0 ? below.label() : JUMP_TEXT);
        jump.setVisible(!readerAtEnd || conversation.hasNewer());
    }

    /** The end: scrolled to, after loading the newest messages in place of an older stretch. */
    private void jumpToLatest() {
        if (!conversation.hasNewer()) {
            list.scrollToBottom();
            return;
        }
        newerPages.latest(() -> {
            list.scrollToBottom();
            readerAtEnd(readerAtEnd);
        }, failure -> historyState.setText("Newer messages did not load: " + Problems.describe(failure)));
    }

    private void retryNewerIfItFailed() {
        if (newerFailed) {
            newerFailed = false;
            maybeLoadNewerSoon();
        }
    }

    private void maybeLoadNewerSoon() {
        SwingUtilities.invokeLater(this::maybeLoadNewer);
    }

    /** Scrolled to the end of an older stretch: the next newer page goes below, the view staying where it is. */
    private void maybeLoadNewer() {
        JScrollBar bar = scroll.getVerticalScrollBar();
        if (!conversation.hasNewer() || loadingNewer || newerFailed
                || bar.getValue() + bar.getVisibleAmount() < bar.getMaximum()) {
            return;
        }
        loadingNewer = true;
        list.keepTheViewForNewerRows();
        newerPages.next(() -> {
            loadingNewer = false;
            readerAtEnd(readerAtEnd);
            maybeLoadNewerSoon();
        }, failure -> {
            loadingNewer = false;
            newerFailed = true;
        });
    }

    /** Older messages that failed to load (most often while offline) are tried again once the connection is back. */
    private void retryOlderIfItFailed() {
        if (olderProblem != null) {
            olderProblem = null;
            showHistoryState();
            maybeLoadOlderSoon();
        }
    }

    /**
     * Lays the change out soon; the list keeps the view where the reader had it, or shows the bottom when
     * the change is a message the reader just wrote.
     */
    private void showChange(boolean showBottom) {
        if (showBottom) {
            list.scrollToBottomOnNextLayout();
        }
        showHistoryState();
        maybeLoadOlderSoon();
        maybeLoadNewerSoon();
    }

    /** Checks once the pending layout is done, when the scroll position says where the reader really is. */
    private void maybeLoadOlderSoon() {
        SwingUtilities.invokeLater(this::maybeLoadOlder);
    }

    private void maybeLoadOlder() {
        JScrollBar bar = scroll.getVerticalScrollBar();
        if (hasOlder && !loadingOlder && olderProblem == null && bar.getValue() <= bar.getMinimum()) {
            loadOlderNow();
        }
    }

    private void loadOlderNow() {
        loadingOlder = true;
        olderProblem = null;
        showHistoryState();
        olderPages.load(() -> {
            loadingOlder = false;
            showHistoryState();
            maybeLoadOlderSoon();
        }, failure -> {
            loadingOlder = false;
            olderProblem = Problems.describe(failure);
            showHistoryState();
        });
    }

    private void showHistoryState() {
        retry.setVisible(olderProblem != null);
        if (loadingOlder) {
            historyState.setText("Loading older messages…");
        } else if (olderProblem != null) {
            historyState.setText("Older messages did not load: " + olderProblem);
        } else if (hasOlder) {
            historyState.setText("Scroll up for older messages");
        } else {
            historyState.setText(list.isEmpty() ? "No messages yet. Say hello!" : "This is the start of the conversation.");
        }
    }

    /** Applies the model's changes on the event thread, in the order they happened. */
    private final class OnEventThread implements ConversationListener {
        @Override
        public void reset(List<ChatMessage> messages, boolean older) {
            SwingUtilities.invokeLater(() -> {
                hasOlder = older;
                list.resetTo(messages);
                goToFirstUnread();
                showChange(false);
                reader.shown();
            });
        }

        @Override
        public void inserted(int index, List<ChatMessage> messages) {
            SwingUtilities.invokeLater(() -> {
                below.inserted(index, messages);
                showNewMessagesBelow();
                list.insertAt(index, messages);
                goToFirstUnread();
                showChange(messages.stream().anyMatch(m -> m.delivery() == Delivery.PENDING));
                reader.shown();
            });
        }

        @Override
        public void changed(int index, ChatMessage message) {
            SwingUtilities.invokeLater(() -> {
                list.replaceAt(index, message);
                showChange(false);
                reader.shown();
            });
        }

        @Override
        public void removed(int index) {
            SwingUtilities.invokeLater(() -> {
                list.removeAt(index);
                showChange(false);
            });
        }

        @Override
        public void hasOlderChanged(boolean older) {
            SwingUtilities.invokeLater(() -> {
                hasOlder = older;
                showHistoryState();
                maybeLoadOlderSoon();
            });
        }
    }
}
