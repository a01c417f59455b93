package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.function.Consumer;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import messenger.client.model.ConversationSummary;
import net.miginfocom.swing.MigLayout;

/** Above the open conversation: its name and topic, and its member count, which opens the member list. */
final class ConversationHeader extends JPanel {

    static final String NAME = "conversationName";
    static final String TOPIC = "conversationTopic";
    static final String MEMBERS_BUTTON = "membersButton";

    private final JLabel name = new JLabel();
    private final JLabel topic = Labels.small("");
    private final JToggleButton members = new JToggleButton();

    /** {@code onMembers} hears whether the member list is to show. */
    ConversationHeader(Consumer<Boolean> onMembers) {
        super(new MigLayout("insets 6 12 6 8, hidemode 3, gap 8 0", "[][grow,fill][]"));
        name.setName(NAME);
        name.putClientProperty(FlatClientProperties.STYLE, "font: bold +2");
        topic.setName(TOPIC);
        members.setName(MEMBERS_BUTTON);
        members.setToolTipText("Show or hide the members");
        members.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);
        members.addActionListener(e -> onMembers.accept(members.isSelected()));
        putClientProperty(FlatClientProperties.STYLE, "border: 0,0,1,0,$Component.borderColor");
        add(name);
        add(topic, "wmin 0");
        add(members);
    }

    void show(ConversationSummary conversation) {
        name.setText((conversation.isRoom() ? "# " : "@ ") + conversation.name());
        topic.setText(conversation.topic());
        topic.setToolTipText(conversation.topic().isEmpty() ? null : conversation.topic());
        members.setText(conversation.members() == 1 ? "1 member" : conversation.members() + " members");
    }
}
