package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.Font;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListCellRenderer;
import messenger.client.model.ConversationSummary;
import net.miginfocom.swing.MigLayout;

/**
 * Draws one conversation of the sidebar: a sign of its kind, its name (bold while it has unread messages) and
 * the count of them in a badge.
 */
final class SidebarCell extends JPanel implements ListCellRenderer<ConversationSummary> {

    static final String NAME = "sidebarName";
    static final String BADGE = "sidebarBadge";
    /** Larger counts show as this: the server counts no further than a thousand anyway. */
    private static final int MOST_SHOWN = 99;

    private final JLabel sign = Labels.small("");
    private final JLabel name = new JLabel();
    private final JLabel badge = new JLabel();

    SidebarCell() {
        super(new MigLayout("insets 3 12 3 8, hidemode 3", "[18!][grow,fill][]"));
        name.setName(NAME);
        badge.setName(BADGE);
        badge.putClientProperty(FlatClientProperties.STYLE, "arc: 999; border: 1,6,1,6; background: $Component.accentColor;"
                + " foreground: #ffffff; font: bold -1");
        badge.setOpaque(true);
        add(sign);
        add(name, "wmin 0");
        add(badge);
    }

    @Override
    public Component getListCellRendererComponent(JList<? extends ConversationSummary> list,
                                                  ConversationSummary conversation, int index, boolean selected,
                                                  boolean focused) {
        sign.setText(!conversation.isRoom() ? "@" : conversation.isPrivate() ? "⌂" : "#");
        name.setText(conversation.name());
        name.setFont(list.getFont().deriveFont(conversation.isUnread() ? Font.BOLD : Font.PLAIN));
        badge.setText(conversation.unread() > MOST_SHOWN ? MOST_SHOWN + "+" : Integer.toString(conversation.unread()));
        badge.setVisible(conversation.isUnread());
        setBackground(selected ? list.getSelectionBackground() : list.getBackground());
        name.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
        setToolTipText(conversation.topic().isEmpty() ? null : conversation.topic());
        return this;
    }

    /** Whether the name is drawn bold. */
    boolean showsBold() {
        return name.getFont().isBold();
    }

    /** The badge's text, empty when it does not show. */
    String badgeText() {
        return badge.isVisible() ? badge.getText() : "";
    }
}
