package messenger.client;

import com.formdev.flatlaf.FlatLightLaf;
import java.time.Clock;
import javax.swing.SwingUtilities;
import messenger.client.view.ErrorDialog;
import messenger.protocol.client.ReconnectPolicy;

/** Starts the desktop client: look and feel first, then everything on the event thread. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        FlatLightLaf.setup();
        ErrorDialog.installAsDefaultHandler();
        SwingUtilities.invokeLater(() ->
                new ClientApp(ClientSettings.forCurrentUser(), ReconnectPolicy.DEFAULT, Clock.systemDefaultZone())
                        .show());
    }
}
