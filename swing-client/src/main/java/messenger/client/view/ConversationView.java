package messenger.client.view;

import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollBar;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import messenger.client.model.ChatMessage;
import messenger.client.model.Conversation;
import messenger.client.model.ConversationListener;
import messenger.client.model.Delivery;
import messenger.client.model.MessageGrouping;
import messenger.client.net.Problems;
import net.miginfocom.swing.MigLayout;

/**
 * The conversation on screen: one row per message of the model, in the model's order. New messages are
 * followed while the user is at the bottom; older ones arriving above leave the view where it was; reaching
 * the top asks for the next older page (and so does a conversation too short to fill the window).
 */
final class ConversationView extends JPanel {

    static final String SCROLL_PANE = "conversation";
    static final String HISTORY_STATE = "historyState";
    static final String RETRY_BUTTON = "retryOlder";

    /** Where the view was before a batch of changes: at the bottom, or showing a row at some offset. */
    private record Anchor(boolean atBottom, Component row, int offset) {
    }

    private final Conversation conversation;
    private final Supplier<CompletableFuture<Integer>> loadOlder;
    private final Clock clock;
    private final FileActions files;
    private final MessageText.LinkOpener links;
    private final MessageColumn column = new MessageColumn();
    private final JScrollPane scroll = new JScrollPane(column);
    private final List<MessageRow> rows = new ArrayList<>();
    private final JLabel historyState = Labels.small("");
    private final JButton retry = new JButton("Retry");
    private final ConversationListener listener = new OnEventThread();
    private boolean hasOlder;
    private boolean loadingOlder;
    private String olderProblem;
    private Anchor anchor;
    private boolean settling;

    ConversationView(Conversation conversation, Supplier<CompletableFuture<Integer>> loadOlder, Clock clock,
                     FileActions files, MessageText.LinkOpener links) {
        super(new MigLayout("fill, insets 0", "[grow,fill]", "[grow,fill]"));
        this.conversation = conversation;
        this.loadOlder = loadOlder;
        this.clock = clock;
        this.files = files;
        this.links = links;
        scroll.setName(SCROLL_PANE);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getViewport().setBackground(Palette.CONVERSATION_BACKGROUND);
        scroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        historyState.setName(HISTORY_STATE);
        retry.setName(RETRY_BUTTON);
        JPanel header = new JPanel(new MigLayout("insets 4 0 8 0, hidemode 3", "push[][]push"));
        header.setOpaque(false);
        header.add(historyState);
        header.add(retry);
        column.add(header);
        add(scroll);
        retry.addActionListener(e -> loadOlderNow());
        scroll.getVerticalScrollBar().addAdjustmentListener(e -> maybeLoadOlder());
        conversation.addListener(listener);
        showHistoryState();
    }

    /** Stops following the model (the screen is going away). */
    void detach() {
        conversation.removeListener(listener);
    }

    private MessageRow newRow(int index, ChatMessage message) {
        ChatMessage previous = index == 0 ? null : rows.get(index - 1).message();
        return new MessageRow(message, message.isFrom(conversation.me()),
                MessageGrouping.startsGroup(previous, message), column::bubbleWidth, clock, files, links);
    }

    private void insertRows(int index, List<ChatMessage> messages) {
        beforeChange(messages.stream().anyMatch(m -> m.delivery() == Delivery.PENDING));
        for (int i = 0; i < messages.size(); i++) {
            MessageRow row = newRow(index + i, messages.get(i));
            rows.add(index + i, row);
            column.add(row, index + i + 1);
        }
        regroup(index + messages.size());
    }

    private void removeRow(int index) {
        beforeChange(false);
        column.remove(rows.remove(index));
        regroup(index);
    }

    private void replaceRow(int index, ChatMessage message) {
        beforeChange(false);
        column.remove(rows.get(index));
        MessageRow row = newRow(index, message);
        rows.set(index, row);
        column.add(row, index + 1);
        regroup(index + 1);
    }

    /** The row at {@code index} may now start a group or no longer do so. */
    private void regroup(int index) {
        if (index > 0 && index < rows.size()) {
            rows.get(index).setStartsGroup(
                    MessageGrouping.startsGroup(rows.get(index - 1).message(), rows.get(index).message()));
        } else if (index == 0 && !rows.isEmpty()) {
            rows.get(0).setStartsGroup(true);
        }
    }

    /** Notes where the view is before the first change of a batch; the batch is settled once it is applied. */
    private void beforeChange(boolean followToBottom) {
        if (anchor == null) {
            anchor = captureAnchor();
            SwingUtilities.invokeLater(this::settle);
        }
        if (followToBottom) {
            anchor = new Anchor(true, null, 0);
        }
    }

    private Anchor captureAnchor() {
        JViewport viewport = scroll.getViewport();
        Rectangle visible = viewport.getViewRect();
        if (visible.y + visible.height >= column.getHeight() - 16) {
            return new Anchor(true, null, 0);
        }
        for (MessageRow row : rows) {
            if (row.getY() + row.getHeight() > visible.y) {
                return new Anchor(false, row, row.getY() - visible.y);
            }
        }
        return new Anchor(true, null, 0);
    }

    /** Lays the changes out at once and puts the view back where the user had it. */
    private void settle() {
        Anchor before = anchor;
        anchor = null;
        settling = true;
        try {
            column.revalidate();
            scroll.validate();
            JViewport viewport = scroll.getViewport();
            int bottom = Math.max(0, column.getHeight() - viewport.getHeight());
            int y = before.atBottom() || before.row().getParent() != column ? bottom
                    : Math.min(bottom, Math.max(0, before.row().getY() - before.offset()));
            viewport.setViewPosition(new Point(0, y));
        } finally {
            settling = false;
        }
        column.repaint();
        showHistoryState();
        maybeLoadOlder();
    }

    private void maybeLoadOlder() {
        JScrollBar bar = scroll.getVerticalScrollBar();
        if (!settling && anchor == null && hasOlder && !loadingOlder && olderProblem == null
                && bar.getValue() <= bar.getMinimum()) {
            loadOlderNow();
        }
    }

    private void loadOlderNow() {
        loadingOlder = true;
        olderProblem = null;
        showHistoryState();
        Background.whenDone(loadOlder.get(), added -> {
            loadingOlder = false;
            showHistoryState();
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
            historyState.setText(rows.isEmpty() ? "No messages yet. Say hello!" : "This is the start of the conversation.");
        }
    }

    /** Applies the model's changes on the event thread, in the order they happened. */
    private final class OnEventThread implements ConversationListener {
        @Override
        public void reset(List<ChatMessage> messages, boolean older) {
            SwingUtilities.invokeLater(() -> {
                rows.forEach(column::remove);
                rows.clear();
                hasOlder = older;
                insertRows(0, messages);
            });
        }

        @Override
        public void inserted(int index, List<ChatMessage> messages) {
            SwingUtilities.invokeLater(() -> insertRows(index, messages));
        }

        @Override
        public void changed(int index, ChatMessage message) {
            SwingUtilities.invokeLater(() -> replaceRow(index, message));
        }

        @Override
        public void removed(int index) {
            SwingUtilities.invokeLater(() -> removeRow(index));
        }

        @Override
        public void hasOlderChanged(boolean older) {
            SwingUtilities.invokeLater(() -> {
                hasOlder = older;
                showHistoryState();
                SwingUtilities.invokeLater(ConversationView.this::maybeLoadOlder);
            });
        }
    }
}
