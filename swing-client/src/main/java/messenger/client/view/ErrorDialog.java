package messenger.client.view;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/** Shows a failure that has no better place on screen; the stack trace goes to the console for a bug report. */
public final class ErrorDialog {

    private ErrorDialog() {
    }

    public static void show(Component parent, String what, Throwable failure) {
        failure.printStackTrace();
        JOptionPane.showMessageDialog(OwnerWindow.of(parent), what + "\n" + Problems.describe(failure), "Messenger",
                JOptionPane.ERROR_MESSAGE);
    }

    /** For failures on other threads: shown on the event thread over the given window. */
    public static void showLater(Component owner, Throwable failure) {
        SwingUtilities.invokeLater(() -> show(owner, "Something went wrong.", failure));
    }

    /**
     * Installed as the default handler, so that no exception on any thread passes unseen. Nothing tells which
     * window such an exception belongs to: it is shown over the window in front.
     */
    public static void installAsDefaultHandler() {
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> SwingUtilities.invokeLater(() -> show(
                KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow(), "Something went wrong.",
                failure)));
    }
}
