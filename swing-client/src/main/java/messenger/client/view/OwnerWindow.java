package messenger.client.view;

import java.awt.Component;
import java.awt.Window;
import javax.swing.SwingUtilities;

/**
 * The window a dialog about a component belongs to. Dialogs are given it rather than the component (a button,
 * a file in a message), because a dialog centres on what it is given.
 */
final class OwnerWindow {

    private OwnerWindow() {
    }

    static Component of(Component component) {
        if (component == null || component instanceof Window) {
            return component;
        }
        Window window = SwingUtilities.getWindowAncestor(component);
        return window != null ? window : component;
    }
}
