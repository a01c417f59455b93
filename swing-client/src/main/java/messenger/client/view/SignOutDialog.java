package messenger.client.view;

import java.awt.Component;
import java.util.Optional;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import messenger.client.controller.Unsent;
import net.miginfocom.swing.MigLayout;

/**
 * Asks before signing out, offering to remove what this computer kept of the account, and saying how many written
 * messages are still waiting to be sent and how many the server refused (kept to try again): signing out discards
 * them all.
 */
final class SignOutDialog {

    static final String NAME = "signOutDialog";
    static final String FORGET_CHECKBOX = "forgetThisComputer";
    static final String UNSENT_LABEL = "unsentMessages";
    static final String CONFIRM = "Sign out";

    private SignOutDialog() {
    }

    /** Whether to remove the account's data as well; empty when the user changed their mind. */
    static Optional<Boolean> ask(Component parent, String login, Unsent unsent) {
        JCheckBox forget = new JCheckBox("Also remove " + login + "'s messages and settings from this computer");
        forget.setName(FORGET_CHECKBOX);
        JPanel content = new JPanel(new MigLayout("insets 0, wrap 1"));
        content.add(new JLabel("Sign out of " + login + "?"));
        if (!unsent.isEmpty()) {
            JLabel warning = Labels.problem(UNSENT_LABEL);
            warning.setText(Labels.wrapped(unsentWarning(unsent.waiting(), unsent.refused())));
            content.add(warning);
        }
        content.add(forget);
        JOptionPane pane = new JOptionPane(content, JOptionPane.QUESTION_MESSAGE, JOptionPane.OK_CANCEL_OPTION, null,
                new Object[] {CONFIRM, "Cancel"}, CONFIRM);
        var dialog = pane.createDialog(parent, "Sign out");
        dialog.setName(NAME);
        dialog.setVisible(true);
        dialog.dispose();
        return CONFIRM.equals(pane.getValue()) ? Optional.of(forget.isSelected()) : Optional.empty();
    }

    static String unsentWarning(int waiting, int refused) {
        String waits = waiting == 0 ? "" : waiting == 1 ? "1 message you wrote is still waiting to be sent."
                : waiting + " messages you wrote are still waiting to be sent.";
        String kept = refused == 0 ? "" : refused == 1 ? "1 message you wrote was not sent (refused by the server)."
                : refused + " messages you wrote were not sent (refused by the server).";
        String both = waits.isEmpty() || kept.isEmpty() ? waits + kept : waits + " " + kept;
        return both + (waiting + refused == 1 ? " If you sign out, it is discarded and never sent."
                : " If you sign out, they are discarded and never sent.");
    }
}
