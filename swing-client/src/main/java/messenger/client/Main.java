package messenger.client;

import com.formdev.flatlaf.FlatLightLaf;
import java.time.Clock;
import javax.swing.SwingUtilities;
import messenger.client.net.Backoff;
import messenger.client.view.ErrorDialog;

/** Starts the desktop client: look and feel first, then everything on the event thread. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        FlatLightLaf.setup();
        ErrorDialog.installAsDefaultHandler();
        SwingUtilities.invokeLater(() ->
                new ClientApp(ClientSettings.forCurrentUser(), Backoff.DEFAULT, Clock.systemDefaultZone()).show());
    }
}
