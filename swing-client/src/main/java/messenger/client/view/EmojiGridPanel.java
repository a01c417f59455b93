package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import messenger.client.model.EmojiCatalog;
import messenger.client.model.EmojiGrid;
import net.miginfocom.swing.MigLayout;

/**
 * The emoji of the catalog under their categories' names, a button each: a click, Enter or Space chooses
 * one, the arrow keys move between them, Escape gives up.
 */
final class EmojiGridPanel extends JPanel {

    static final String EMOJI = "pickerEmoji";

    private static final int COLUMNS = 10;
    private static final float EMOJI_SIZE = 18;

    private final List<JButton> cells = new ArrayList<>();
    private final EmojiGrid grid;

    EmojiGridPanel(Consumer<String> onChosen, Runnable onEscape) {
        super(new MigLayout("insets 6, gap 0, wrap " + COLUMNS));
        List<Integer> sizes = new ArrayList<>();
        for (EmojiCatalog.Category category : EmojiCatalog.CATEGORIES) {
            add(Labels.small(category.name()), "span, gaptop 4");
            for (String emoji : category.emoji()) {
                JButton cell = new JButton(emoji);
                cell.setName(EMOJI);
                cell.setFont(EmojiFont.sized(EMOJI_SIZE));
                cell.putClientProperty(FlatClientProperties.BUTTON_TYPE,
                        FlatClientProperties.BUTTON_TYPE_TOOLBAR_BUTTON);
                cell.addActionListener(e -> onChosen.accept(emoji));
                cells.add(cell);
                add(cell, "sg cell");
            }
            sizes.add(category.emoji().size());
        }
        grid = new EmojiGrid(sizes, COLUMNS);
        for (EmojiGrid.Move move : EmojiGrid.Move.values()) {
            bind(move.name(), () -> moveFocus(move));
        }
        bind("ENTER", () -> focusedCell().ifPresent(JButton::doClick));
        bind("ESCAPE", onEscape);
    }

    void focusFirst() {
        cells.get(0).requestFocusInWindow();
    }

    private void moveFocus(EmojiGrid.Move move) {
        focusedCell().ifPresent(cell -> cells.get(grid.moved(cells.indexOf(cell), move)).requestFocusInWindow());
    }

    private Optional<JButton> focusedCell() {
        Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        return cells.stream().filter(cell -> cell == owner).findFirst();
    }

    private void bind(String key, Runnable action) {
        getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(key), key);
        getActionMap().put(key, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }
}
