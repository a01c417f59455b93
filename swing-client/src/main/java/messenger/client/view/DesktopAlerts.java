package messenger.client.view;

import java.awt.AWTException;
import java.awt.Frame;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.function.LongConsumer;
import messenger.client.controller.NotificationsController;

/**
 * Notifications on the desktop, through the system tray where there is one, else as a toast in the corner of the
 * window. Clicking one brings the window to the front with the conversation open. Used on the event thread.
 */
final class DesktopAlerts implements NotificationsController.Alerts {

    private final Frame window;
    private final LongConsumer open;
    private final Toast toast;
    private TrayIcon icon;
    private long lastConversation = -1;

    DesktopAlerts(Frame window, Toast toast, LongConsumer open) {
        this.window = window;
        this.toast = toast;
        this.open = open;
    }

    @Override
    public void show(long conversation, String title, String text) {
        if (trayIcon()) {
            lastConversation = conversation;
            icon.displayMessage(title, text, TrayIcon.MessageType.INFO);
        } else {
            toast.show(title, text, () -> bringUp(conversation));
        }
    }

    /** Takes the icon out of the tray again (the user signed out or closed the window). */
    void close() {
        if (icon != null) {
            SystemTray.getSystemTray().remove(icon);
            icon = null;
        }
    }

    /** The tray icon, added on the first notification; false where the desktop has no tray. */
    private boolean trayIcon() {
        if (icon != null) {
            return true;
        }
        if (!SystemTray.isSupported()) {
            return false;
        }
        TrayIcon created = new TrayIcon(new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB), "Messenger");
        created.setImageAutoSize(true);
        created.addActionListener(e -> bringUp(lastConversation));
        try {
            SystemTray.getSystemTray().add(created);
        } catch (AWTException e) {
            return false;
        }
        icon = created;
        return true;
    }

    private void bringUp(long conversation) {
        window.setState(Frame.NORMAL);
        window.toFront();
        window.requestFocus();
        if (conversation >= 0) {
            open.accept(conversation);
        }
    }
}
