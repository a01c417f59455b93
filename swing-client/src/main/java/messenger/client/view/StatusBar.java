package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import messenger.client.model.ConnectionStatus;
import net.miginfocom.swing.MigLayout;

/**
 * The bottom line of the chat: connected, reconnecting or signed out, and why; while reconnecting, a countdown to
 * the next attempt that ticks every second, and a <i>Retry now</i> button. The detail may be cut short in a narrow
 * window (its tooltip keeps it whole); the state, the countdown and the button never are.
 */
final class StatusBar extends JPanel {

    static final String STATE = "connectionState";
    static final String DETAIL = "connectionDetail";
    static final String COUNTDOWN = "connectionCountdown";
    static final String RETRY_NOW = "connectionRetryNow";

    private final JLabel state = new JLabel();
    private final JLabel detail = Labels.small("");
    private final JLabel countdown = Labels.small("");
    private final JButton retryNow = new JButton("Retry now");
    private final Timer ticker = new Timer(1000, e -> showCountdown());
    private final ConnectionStatus status;
    private final Consumer<ConnectionStatus.Snapshot> listener = snapshot -> SwingUtilities.invokeLater(() -> show(snapshot));
    private Instant retryAt;

    StatusBar(ConnectionStatus status) {
        super(new MigLayout("insets 3 12 3 12, hidemode 3", "[][grow,fill][][]"));
        this.status = status;
        state.setName(STATE);
        detail.setName(DETAIL);
        countdown.setName(COUNTDOWN);
        retryNow.setName(RETRY_NOW);
        retryNow.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);
        retryNow.addActionListener(e -> {
            countdown.setText("Trying now…");
            status.retryNow();
        });
        putClientProperty(FlatClientProperties.STYLE, "border: 1,0,0,0,$Component.borderColor");
        add(state);
        add(detail, "wmin 0");
        add(countdown);
        add(retryNow, "hmax 20");
        status.addListener(listener);
    }

    void detach() {
        ticker.stop();
        status.removeListener(listener);
    }

    private void show(ConnectionStatus.Snapshot snapshot) {
        Color color = switch (snapshot.state()) {
            case CONNECTED -> Palette.CONNECTED;
            case CONNECTING, RECONNECTING -> Palette.RECONNECTING;
            case SIGNED_OUT -> Palette.OFFLINE;
        };
        state.setIcon(new Dot(color));
        state.setText(switch (snapshot.state()) {
            case CONNECTING -> "Connecting";
            case CONNECTED -> "Connected";
            case RECONNECTING -> "Reconnecting";
            case SIGNED_OUT -> "Signed out";
        });
        detail.setText(snapshot.detail());
        detail.setToolTipText(snapshot.detail().isEmpty() ? null : snapshot.detail());
        retryAt = snapshot.retryAt();
        boolean waiting = retryAt != null;
        countdown.setVisible(waiting);
        retryNow.setVisible(waiting);
        if (waiting) {
            showCountdown();
            ticker.start();
        } else {
            ticker.stop();
        }
    }

    private void showCountdown() {
        if (retryAt == null) {
            return;
        }
        long seconds = (Duration.between(Instant.now(), retryAt).toMillis() + 999) / 1000;
        countdown.setText(seconds > 0 ? "Next try in " + seconds + " s" : "Trying now…");
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
