package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.LongConsumer;
import javax.swing.AbstractAction;
import javax.swing.DefaultListModel;
import javax.swing.JDialog;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import messenger.client.model.ConversationSummary;
import messenger.client.model.QuickSwitch;
import net.miginfocom.swing.MigLayout;

/**
 * Ctrl+K: type part of a conversation's name, pick it with the arrow keys, Enter opens it, Escape goes back. The
 * conversations offered are those of the sidebar when it opened.
 */
final class QuickSwitcher {

    static final String NAME = "quickSwitcher";
    static final String FIELD = "quickSwitchField";
    static final String LIST = "quickSwitchList";
    private static final int MOST = 12;

    private final List<ConversationSummary> conversations;
    private final SidebarCell cell;
    private final LongConsumer onChosen;
    private final JTextField typed = new JTextField(28);
    private final DefaultListModel<ConversationSummary> offered = new DefaultListModel<>();
    private final JList<ConversationSummary> list = new JList<>(offered);
    private JDialog dialog;

    private QuickSwitcher(List<ConversationSummary> conversations, SidebarCell cell, LongConsumer onChosen) {
        this.conversations = conversations;
        this.cell = cell;
        this.onChosen = onChosen;
    }

    /** {@code cell} draws each conversation offered, as the sidebar does. */
    static void show(Component parent, List<ConversationSummary> conversations, SidebarCell cell,
                     LongConsumer onChosen) {
        new QuickSwitcher(conversations, cell, onChosen).showOver(parent);
    }

    private void showOver(Component parent) {
        typed.setName(FIELD);
        typed.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Jump to a conversation");
        TextEdits.follow(typed, this::offer);
        moveWith(KeyEvent.VK_DOWN, 1);
        moveWith(KeyEvent.VK_UP, -1);
        list.setName(LIST);
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(cell);
        list.setVisibleRowCount(8);
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                choose();
            }
        });
        typed.addActionListener(e -> choose());
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 1", "[grow,fill]", "[][grow,fill]"));
        content.add(typed);
        content.add(new JScrollPane(list));
        offer();
        dialog = SmallDialog.show(parent, "Switch to", NAME, content, null, typed);
    }

    private void offer() {
        offered.clear();
        offered.addAll(QuickSwitch.matches(conversations, typed.getText(), MOST));
        if (!offered.isEmpty()) {
            list.setSelectedIndex(0);
        }
    }

    private void moveWith(int key, int step) {
        String action = "move" + step;
        typed.getInputMap().put(KeyStroke.getKeyStroke(key, 0), action);
        typed.getActionMap().put(action, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                int next = list.getSelectedIndex() + step;
                if (next >= 0 && next < offered.size()) {
                    list.setSelectedIndex(next);
                    list.ensureIndexIsVisible(next);
                }
            }
        });
    }

    private void choose() {
        ConversationSummary chosen = list.getSelectedValue();
        if (chosen != null) {
            dialog.dispose();
            onChosen.accept(chosen.id());
        }
    }
}
