package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Adjustable;
import java.awt.Component;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import messenger.client.controller.SearchController;
import messenger.client.controller.SearchController.Found;
import messenger.client.model.ConnectionState;
import messenger.client.model.ConnectionStatus;
import messenger.protocol.Results.SearchHit;
import net.miginfocom.swing.MigLayout;

/**
 * Finds messages as one types (once the typing pauses), in one conversation or in all: each hit with its sender,
 * conversation and the matched words in bold; scrolling to the end of the hits fetches the next page. Enter or a
 * click opens the message in its conversation. Without a connection the search runs on this computer's cache, and
 * the dialog says so; once the connection is back, an answer from the cache, or a failure, is asked of the server
 * again.
 */
final class MessageSearchDialog {

    static final String NAME = "messageSearch";
    static final String FIELD = "messageSearchField";
    static final String HITS = "messageSearchHits";
    static final String STATE = "messageSearchState";
    static final String OFFLINE = "Offline — searching this computer";

    private final SearchController search;
    private final ConnectionStatus status;
    private final Long conversation;
    private final LongFunction<String> conversationName;
    private final Consumer<SearchHit> onChosen;
    private final JTextField typed = new JTextField(32);
    private final DefaultListModel<SearchHit> found = new DefaultListModel<>();
    private final JList<SearchHit> list = new JList<>(found);
    private final JLabel state = new JLabel(" ");
    private JDialog dialog;
    /** The last page shown, whether the page after it is being fetched, and whether the last search failed. */
    private Found last;
    private boolean fetchingMore;
    private boolean failed;
    private final Consumer<ConnectionStatus.Snapshot> onStatus = snapshot -> SwingUtilities.invokeLater(() -> {
        if (snapshot.state() == ConnectionState.CONNECTED && (failed || last != null && last.offline())) {
            find(typed.getText());
        }
    });

    private MessageSearchDialog(SearchController search, ConnectionStatus status, Long conversation,
                                LongFunction<String> conversationName, Consumer<SearchHit> onChosen) {
        this.search = search;
        this.status = status;
        this.conversation = conversation;
        this.conversationName = conversationName;
        this.onChosen = onChosen;
    }

    /** Searches {@code conversation}, or every conversation when it is null. */
    static void show(Component parent, SearchController search, ConnectionStatus status, Long conversation,
                     LongFunction<String> conversationName, Consumer<SearchHit> onChosen) {
        new MessageSearchDialog(search, status, conversation, conversationName, onChosen).showOver(parent);
    }

    private void showOver(Component parent) {
        typed.setName(FIELD);
        typed.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, conversation == null
                ? "Search all conversations" : "Search in " + conversationName.apply(conversation));
        typed.addActionListener(e -> choose(list.getSelectedIndex() < 0 ? 0 : list.getSelectedIndex()));
        new AsYouType(this::find).follow(typed);
        list.setName(HITS);
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setVisibleRowCount(8);
        list.setCellRenderer(new Cell());
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                choose(list.locationToIndex(e.getPoint()));
            }
        });
        state.setName(STATE);
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 1, width 520", "[grow,fill]", "[][grow,fill][]"));
        content.add(typed);
        JScrollPane scroll = new JScrollPane(list);
        scroll.getVerticalScrollBar().addAdjustmentListener(e -> moreAtTheEnd(e.getAdjustable()));
        content.add(scroll, "height 260");
        content.add(state, "wmin 0");
        dialog = SmallDialog.show(parent, conversation == null ? "Search all conversations" : "Search in "
                + conversationName.apply(conversation), NAME, content, null, typed);
        status.addListener(onStatus);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                status.removeListener(onStatus);
            }
        });
    }

    private void find(String text) {
        search.find(text, conversation, answer -> {
            if (!text.equals(typed.getText())) {
                return;
            }
            last = answer;
            fetchingMore = false;
            failed = false;
            found.clear();
            found.addAll(answer.hits());
            if (!answer.hits().isEmpty()) {
                list.setSelectedIndex(0);
            }
            String nothing = answer.hits().isEmpty() && !text.isBlank() ? "No messages found." : "";
            state.setText(answer.offline() ? OFFLINE + (nothing.isEmpty() ? "" : ". " + nothing) : nothing);
        }, failure -> {
            if (text.equals(typed.getText())) {
                failed = true;
                state.setText(Problems.describe(failure));
            }
        });
    }

    /** Scrolled to the end of the hits: the next page, if there is one, goes below them. */
    private void moreAtTheEnd(Adjustable bar) {
        if (last == null || !last.hasMore() || fetchingMore
                || bar.getValue() + bar.getVisibleAmount() < bar.getMaximum()) {
            return;
        }
        fetchingMore = true;
        Found previous = last;
        String text = typed.getText();
        search.more(text, conversation, previous, answer -> {
            if (last != previous || !text.equals(typed.getText())) {
                return;
            }
            last = answer;
            fetchingMore = false;
            found.addAll(answer.hits());
        }, failure -> {
            if (last == previous) {
                fetchingMore = false;
                state.setText(Problems.describe(failure));
            }
        });
    }

    private void choose(int index) {
        if (index >= 0 && index < found.size()) {
            SearchHit hit = found.get(index);
            dialog.dispose();
            onChosen.accept(hit);
        }
    }

    /** A hit in two lines: who, where and when; then the snippet with the matched words in bold. */
    private final class Cell extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> owner, Object value, int index, boolean selected,
                                                      boolean focused) {
            SearchHit hit = (SearchHit) value;
            String html = "<html><small>" + Highlights.escape(hit.from() + " · "
                    + conversationName.apply(hit.conversation()) + " · " + hit.at().substring(0, 10))
                    + "</small><br>" + Highlights.html(hit.snippet(), hit.ranges()) + "</html>";
            return super.getListCellRendererComponent(owner, html, index, selected, focused);
        }
    }
}
