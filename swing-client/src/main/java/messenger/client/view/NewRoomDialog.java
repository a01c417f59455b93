package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.util.function.LongConsumer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import messenger.client.controller.RoomsController;
import messenger.protocol.ProtocolRules;
import net.miginfocom.swing.MigLayout;

/** Creates a room: its name, an optional topic, public (anyone may join) or private (by invitation). */
final class NewRoomDialog {

    static final String NAME = "newRoomDialog";
    static final String NAME_FIELD = "roomName";
    static final String TOPIC_FIELD = "roomTopic";
    static final String PRIVATE_CHECKBOX = "roomPrivate";
    static final String CREATE_BUTTON = "createRoom";
    static final String PROBLEM = "newRoomProblem";

    private NewRoomDialog() {
    }

    /** {@code onCreated} opens the new room. */
    static void show(Component parent, RoomsController rooms, LongConsumer onCreated) {
        JTextField name = new JTextField(24);
        name.setName(NAME_FIELD);
        JTextField topic = new JTextField(24);
        topic.setName(TOPIC_FIELD);
        topic.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Optional");
        JCheckBox isPrivate = new JCheckBox("Private: only people invited can join");
        isPrivate.setName(PRIVATE_CHECKBOX);
        JLabel problem = Labels.problem(PROBLEM);
        JButton create = new JButton("Create");
        create.setName(CREATE_BUTTON);
        JPanel form = new JPanel(new MigLayout("insets dialog, wrap 2", "[right][grow,fill]"));
        form.add(new JLabel("Name"));
        form.add(name);
        form.add(new JLabel("Topic"));
        form.add(topic);
        form.add(isPrivate, "skip 1");
        form.add(problem, "skip 1, wmin 0");
        form.add(create, "skip 1, right, growx 0");
        JDialog dialog = SmallDialog.show(parent, "New room", NAME, form, create, name);
        create.addActionListener(e -> {
            String wanted = name.getText().strip();
            if (wanted.isEmpty() || ProtocolRules.characterCount(wanted) > ProtocolRules.ROOM_NAME_MAX) {
                problem.setText("A room's name has 1 to " + ProtocolRules.ROOM_NAME_MAX + " characters.");
                return;
            }
            if (ProtocolRules.characterCount(topic.getText().strip()) > ProtocolRules.TOPIC_MAX) {
                problem.setText("A topic has at most " + ProtocolRules.TOPIC_MAX + " characters.");
                return;
            }
            create.setEnabled(false);
            problem.setText("");
            rooms.create(wanted, topic.getText().strip(), isPrivate.isSelected(), created -> {
                dialog.dispose();
                onCreated.accept(created.id());
            }, failure -> {
                create.setEnabled(true);
                problem.setText(Problems.describe(failure));
                dialog.pack();
            });
        });
    }
}
