package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.Font;
import java.time.Clock;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListCellRenderer;
import messenger.client.model.ConversationSummary;
import messenger.client.model.NotSent;
import messenger.client.model.PresenceBook;
import messenger.protocol.Presence;
import net.miginfocom.swing.MigLayout;

/**
 * Draws one conversation of the sidebar: a sign of its kind (for a direct conversation, a dot that says whether
 * the other person is here), its name (bold while it has unread messages), the count of them in a badge and, apart,
 * those that mention the user; a "!" in the colour of problems while messages the user wrote there were refused and
 * not yet tried again or discarded.
 */
final class SidebarCell extends JPanel implements ListCellRenderer<ConversationSummary> {

    static final String NAME = "sidebarName";
    static final String BADGE = "sidebarBadge";
    static final String MENTIONS = "sidebarMentions";
    static final String NOT_SENT = "sidebarNotSent";
    static final String NOT_SENT_MARK = "!";
    /** Larger counts show as this: the server counts no further than a thousand anyway. */
    private static final int MOST_SHOWN = 99;

    private final JLabel sign = Labels.small("");
    private final JLabel name = Labels.asWritten(new JLabel());
    private final JLabel badge = new JLabel();
    private final JLabel mentions = new JLabel();
    private final JLabel notSentMark = new JLabel(NOT_SENT_MARK);
    private final PresenceBook presence;
    private final NotSent notSent;
    private final Clock clock;

    SidebarCell(PresenceBook presence, NotSent notSent, Clock clock) {
        super(new MigLayout("insets 3 12 3 8, hidemode 3, gap 4", "[18!][grow,fill][][][]"));
        this.presence = presence;
        this.notSent = notSent;
        this.clock = clock;
        name.setName(NAME);
        badge.setName(BADGE);
        badge.putClientProperty(FlatClientProperties.STYLE, "arc: 999; border: 1,6,1,6; background: $Component.accentColor;"
                + " foreground: #ffffff; font: bold -1");
        badge.setOpaque(true);
        mentions.setName(MENTIONS);
        mentions.putClientProperty(FlatClientProperties.STYLE, "arc: 999; border: 1,5,1,5;"
                + " background: $Component.error.focusedBorderColor; foreground: #ffffff; font: bold -1");
        mentions.setOpaque(true);
        notSentMark.setName(NOT_SENT);
        notSentMark.putClientProperty(FlatClientProperties.STYLE, "arc: 999; border: 1,6,1,6;"
                + " background: $Component.error.focusedBorderColor; foreground: #ffffff; font: bold -1");
        notSentMark.setOpaque(true);
        add(sign);
        add(name, "wmin 0");
        add(notSentMark);
        add(mentions);
        add(badge);
    }

    @Override
    public Component getListCellRendererComponent(JList<? extends ConversationSummary> list,
                                                  ConversationSummary conversation, int index, boolean selected,
                                                  boolean focused) {
        Optional<Presence> other = conversation.isRoom() ? Optional.empty() : presence.of(conversation.name());
        sign.setText(!conversation.isRoom() ? "" : conversation.isPrivate() ? "⌂" : "#");
        sign.setIcon(conversation.isRoom() ? null : PresenceDot.of(other));
        name.setText(conversation.name());
        mentions.setText("@" + (conversation.mentions() > MOST_SHOWN ? MOST_SHOWN + "+" : conversation.mentions()));
        mentions.setVisible(conversation.mentions() > 0);
        mentions.setToolTipText(conversation.mentions() == 1 ? "1 unread message mentions you"
                : conversation.mentions() + " unread messages mention you");
        name.setFont(list.getFont().deriveFont(conversation.isUnread() ? Font.BOLD : Font.PLAIN));
        badge.setText(conversation.unread() > MOST_SHOWN ? MOST_SHOWN + "+" : Integer.toString(conversation.unread()));
        badge.setVisible(conversation.isUnread());
        int refused = notSent.in(conversation.id());
        notSentMark.setVisible(refused > 0);
        setBackground(selected ? list.getSelectionBackground() : list.getBackground());
        name.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
        String tip = conversation.isRoom() ? conversation.topic()
                : conversation.name() + " is " + PresenceDot.describe(other, clock);
        String refusedTip = refused == 0 ? "" : refused == 1 ? "1 message you wrote here was not sent"
                : refused + " messages you wrote here were not sent";
        tip = tip.isEmpty() || tip.endsWith(" is ") ? refusedTip : refusedTip.isEmpty() ? tip : refusedTip + " · " + tip;
        setToolTipText(tip.isEmpty() ? null : Labels.tipAsWritten(tip));
        return this;
    }

    /** Whether the "not sent" mark shows. */
    boolean showsNotSent() {
        return notSentMark.isVisible();
    }

    /** Whether the name is drawn bold. */
    boolean showsBold() {
        return name.getFont().isBold();
    }

    /** The badge's text, empty when it does not show. */
    String badgeText() {
        return badge.isVisible() ? badge.getText() : "";
    }

    /** The mentions badge's text ("@2"), empty when it does not show. */
    String mentionsText() {
        return mentions.isVisible() ? mentions.getText() : "";
    }

    /** The presence dot of a direct conversation; null for a room. */
    PresenceDot dot() {
        return (PresenceDot) sign.getIcon();
    }
}
