package messenger.client.view;

import java.awt.Component;
import java.util.Optional;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** Asks before signing out, offering to remove what this computer kept of the account. */
final class SignOutDialog {

    static final String NAME = "signOutDialog";
    static final String FORGET_CHECKBOX = "forgetThisComputer";
    static final String CONFIRM = "Sign out";

    private SignOutDialog() {
    }

    /** Whether to remove the account's data as well; empty when the user changed their mind. */
    static Optional<Boolean> ask(Component parent, String login) {
        JCheckBox forget = new JCheckBox("Also remove " + login + "'s messages and settings from this computer");
        forget.setName(FORGET_CHECKBOX);
        JPanel content = new JPanel(new MigLayout("insets 0, wrap 1"));
        content.add(new JLabel("Sign out of " + login + "?"));
        content.add(forget);
        JOptionPane pane = new JOptionPane(content, JOptionPane.QUESTION_MESSAGE, JOptionPane.OK_CANCEL_OPTION, null,
                new Object[] {CONFIRM, "Cancel"}, CONFIRM);
        var dialog = pane.createDialog(parent, "Sign out");
        dialog.setName(NAME);
        dialog.setVisible(true);
        dialog.dispose();
        return CONFIRM.equals(pane.getValue()) ? Optional.of(forget.isSelected()) : Optional.empty();
    }
}
