package messenger.client.view;

import java.awt.AWTException;
import java.awt.Frame;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
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
        TrayIcon created = new TrayIcon(trayImage(), "Messenger");
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

    /** A speech bubble's round body in the avatars' first colour: the desktop scales it to its tray. */
    private static BufferedImage trayImage() {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Palette.AVATARS[0]);
        g.fillOval(2, 2, 28, 24);
        g.fillPolygon(new int[] {8, 14, 6}, new int[] {22, 24, 31}, 3);
        g.dispose();
        return image;
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
