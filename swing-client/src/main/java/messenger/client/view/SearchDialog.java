package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * A dialog that finds things as one types (once the typing pauses) and does something with the one chosen: its
 * button, Enter or a double click. The first found is chosen until another is; a failure shows under the list.
 */
final class SearchDialog<T> {

    /** Asks for what matches the typed text; one of the callbacks runs, on the event thread. */
    interface Search<T> {
        void find(String typed, Consumer<List<T>> onFound, Consumer<Throwable> onFailed);
    }

    /** Does what the dialog is for with the chosen one; on success the dialog closes. */
    interface Action<T> {
        void run(T chosen, Runnable onDone, Consumer<Throwable> onFailed);
    }

    /**
     * The dialog's words and component names: {@code buttonText} names what the button does to a chosen one,
     * {@code label} what the list shows of it, {@code nothingFound} what to say when nothing matches.
     */
    record Look<T>(String title, String name, String fieldName, String listName, String buttonName,
                   String problemName, String placeholder, Function<T, String> buttonText, Function<T, String> label,
                   String nothingFound) {
    }

    private final Look<T> look;
    private final Search<T> search;
    private final Action<T> action;
    private final JTextField typed = new JTextField(28);
    private final DefaultListModel<T> found = new DefaultListModel<>();
    private final JList<T> list = new JList<>(found);
    private final JButton button = new JButton();
    private final JLabel problem;
    private JDialog dialog;

    private SearchDialog(Look<T> look, Search<T> search, Action<T> action) {
        this.look = look;
        this.search = search;
        this.action = action;
        this.problem = Labels.problem(look.problemName());
    }

    /** Opens the dialog over {@code parent}; it searches for nothing typed at once. */
    static <T> void show(Component parent, Look<T> look, Search<T> search, Action<T> action) {
        new SearchDialog<>(look, search, action).showOver(parent);
    }

    private void showOver(Component parent) {
        typed.setName(look.fieldName());
        typed.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, look.placeholder());
        new AsYouType(this::find).follow(typed);
        list.setName(look.listName());
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setVisibleRowCount(8);
        list.setCellRenderer(new Cell());
        list.addListSelectionListener(e -> showButton());
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    runOnSelected();
                }
            }
        });
        button.setName(look.buttonName());
        button.addActionListener(e -> runOnSelected());
        showButton();
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 1, width 380", "[grow,fill]", "[][grow,fill][][]"));
        content.add(typed);
        content.add(new JScrollPane(list), "height 180");
        content.add(problem, "wmin 0");
        content.add(button, "right, growx 0");
        dialog = SmallDialog.show(parent, look.title(), look.name(), content, button, typed);
        find("");
    }

    private void find(String text) {
        search.find(text, matches -> {
            if (text.equals(typed.getText())) {
                found.clear();
                found.addAll(matches);
                if (!matches.isEmpty()) {
                    list.setSelectedIndex(0);
                }
                problem.setText(matches.isEmpty() && !text.isBlank() ? look.nothingFound() : "");
                showButton();
            }
        }, failure -> problem.setText(Problems.describe(failure)));
    }

    private void showButton() {
        T selected = list.getSelectedValue();
        button.setEnabled(selected != null);
        button.setText(look.buttonText().apply(selected));
    }

    private void runOnSelected() {
        T selected = list.getSelectedValue();
        if (selected == null) {
            return;
        }
        button.setEnabled(false);
        problem.setText("");
        action.run(selected, dialog::dispose, failure -> {
            problem.setText(Problems.describe(failure));
            showButton();
        });
    }

    /** Draws what the look says of each one found. */
    private final class Cell extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> owner, Object value, int index, boolean selected,
                                                      boolean focused) {
            @SuppressWarnings("unchecked")
            String text = look.label().apply((T) value);
            return super.getListCellRendererComponent(owner, text, index, selected, focused);
        }
    }
}
