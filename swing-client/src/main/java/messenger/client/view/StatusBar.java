package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.function.Consumer;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import messenger.client.model.ConnectionStatus;
import net.miginfocom.swing.MigLayout;

/** The bottom line of the chat: connected, reconnecting or offline, and why. */
final class StatusBar extends JPanel {

    static final String STATE = "connectionState";
    static final String DETAIL = "connectionDetail";

    private final JLabel state = new JLabel();
    private final JLabel detail = Labels.small("");
    private final ConnectionStatus status;
    private final Consumer<ConnectionStatus.Snapshot> listener = snapshot -> SwingUtilities.invokeLater(() -> show(snapshot));

    StatusBar(ConnectionStatus status) {
        super(new MigLayout("insets 3 12 3 12", "[][grow]"));
        this.status = status;
        state.setName(STATE);
        detail.setName(DETAIL);
        putClientProperty(FlatClientProperties.STYLE, "border: 1,0,0,0,$Component.borderColor");
        add(state);
        add(detail, "wmin 0");
        status.addListener(listener);
    }

    void detach() {
        status.removeListener(listener);
    }

    private void show(ConnectionStatus.Snapshot snapshot) {
        Color color = switch (snapshot.state()) {
            case CONNECTED -> Palette.CONNECTED;
            case CONNECTING, RECONNECTING -> Palette.RECONNECTING;
            case OFFLINE -> Palette.OFFLINE;
        };
        state.setIcon(new Dot(color));
        state.setText(switch (snapshot.state()) {
            case CONNECTING -> "Connecting";
            case CONNECTED -> "Connected";
            case RECONNECTING -> "Reconnecting";
            case OFFLINE -> "Offline";
        });
        detail.setText(snapshot.detail());
    }

    private record Dot(Color color) implements Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(color);
            g2.fillOval(x + 1, y + 1, 8, 8);
            g2.dispose();
        }

        @Override
        public int getIconWidth() {
            return 10;
        }

        @Override
        public int getIconHeight() {
            return 10;
        }
    }
}
