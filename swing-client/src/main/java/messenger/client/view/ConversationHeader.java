package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JToggleButton;
import messenger.client.model.ConversationSummary;
import messenger.protocol.Conversation;
import net.miginfocom.swing.MigLayout;

/**
 * Above the open conversation: its name and topic (for a direct conversation, whether the other person is here),
 * which messages notify the user, and its member count, which opens the member list.
 */
final class ConversationHeader extends JPanel {

    static final String NAME = "conversationName";
    static final String TOPIC = "conversationTopic";
    static final String MEMBERS_BUTTON = "membersButton";
    static final String NOTIFICATIONS_BUTTON = "notificationsButton";
    /** Each level's menu item is named this and the level. */
    static final String NOTIFY = "notify:";
    private static final Map<String, String> LEVELS = Map.of(Conversation.NOTIFICATIONS_ALL, "Every message",
            Conversation.NOTIFICATIONS_MENTIONS, "Mentions only", Conversation.NOTIFICATIONS_NONE, "Nothing");

    private final JLabel name = Labels.asWritten(new JLabel());
    private final JLabel topic = Labels.asWritten(Labels.small(""));
    private final JButton notifications = new JButton();
    private final JPopupMenu levels = new JPopupMenu();
    private final Map<String, JRadioButtonMenuItem> levelItems = new LinkedHashMap<>();
    private final JToggleButton members = new JToggleButton();

    /** {@code onMembers} hears whether the member list is to show; {@code onLevel} the notification level chosen. */
    ConversationHeader(Consumer<Boolean> onMembers, Consumer<String> onLevel) {
        super(new MigLayout("insets 6 12 6 8, hidemode 3, gap 8 0", "[][grow,fill][][]"));
        name.setName(NAME);
        name.putClientProperty(FlatClientProperties.STYLE, "font: bold +2");
        topic.setName(TOPIC);
        members.setName(MEMBERS_BUTTON);
        members.setToolTipText("Show or hide the members");
        members.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);
        members.addActionListener(e -> onMembers.accept(members.isSelected()));
        notifications.setName(NOTIFICATIONS_BUTTON);
        notifications.setToolTipText("Which messages of this conversation notify you");
        notifications.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);
        ButtonGroup group = new ButtonGroup();
        for (String level : new String[] {Conversation.NOTIFICATIONS_ALL, Conversation.NOTIFICATIONS_MENTIONS,
            Conversation.NOTIFICATIONS_NONE}) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem("Notify: " + LEVELS.get(level));
            item.setName(NOTIFY + level);
            item.addActionListener(e -> onLevel.accept(level));
            group.add(item);
            levels.add(item);
            levelItems.put(level, item);
        }
        notifications.addActionListener(e -> levels.show(notifications, 0, notifications.getHeight()));
        putClientProperty(FlatClientProperties.STYLE, "border: 0,0,1,0,$Component.borderColor");
        // nothing here may widen the conversation beyond the window: a long name is cut short instead
        add(name, "wmin 0");
        add(topic, "wmin 0");
        add(notifications);
        add(members);
    }

    /** {@code presence}: for a direct conversation, whether the other person is here, in words; else empty. */
    void show(ConversationSummary conversation, PresenceDot dot, String presence) {
        name.setText((conversation.isRoom() ? "# " : "@ ") + conversation.name());
        name.setIcon(conversation.isRoom() ? null : dot);
        name.setToolTipText(presence.isEmpty() ? null : presence);
        String subtitle = conversation.isRoom() ? conversation.topic() : presence;
        topic.setText(subtitle);
        topic.setToolTipText(subtitle.isEmpty() ? null : Labels.tipAsWritten(subtitle));
        String level = conversation.notifications();
        notifications.setText(switch (level) {
            case Conversation.NOTIFICATIONS_ALL -> "Notify: all ▾";
            case Conversation.NOTIFICATIONS_NONE -> "Notify: off ▾";
            default -> "Notify: mentions ▾";
        });
        levelItems.forEach((key, item) -> item.setSelected(key.equals(level)));
        // nothing tells a client when an account joins general, so a count there would soon be out of date
        members.setText(conversation.isGeneral() ? "Everyone"
                : conversation.members() == 1 ? "1 member" : conversation.members() + " members");
    }
}
