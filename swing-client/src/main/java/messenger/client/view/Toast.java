package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.JLabel;
import javax.swing.JLayeredPane;
import javax.swing.JPanel;
import javax.swing.JRootPane;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;

/**
 * A notification inside the window, in its top right corner below the headers, for desktops without a tray: the
 * newest one replaces the one before, goes by itself after a few seconds, and clicking it does what it is about.
 * Used on the event thread.
 */
final class Toast extends JPanel {

    static final String NAME = "toast";
    static final String TITLE = "toastTitle";
    private static final int SHOWN_MILLIS = 8_000;
    private static final int WIDTH = 280;
    private static final int MARGIN = 16;
    /** Below the window's header and the conversation's. */
    private static final int TOP = 96;

    private final JRootPane root;
    private final JLabel title = Labels.asWritten(new JLabel());
    private final JLabel text = Labels.asWritten(Labels.small(""));
    private final Timer hide = new Timer(SHOWN_MILLIS, e -> close());
    private Runnable onClick = () -> { };

    Toast(JRootPane root) {
        super(new MigLayout("insets 8 12 8 12, wrap 1", "[grow,fill]"));
        this.root = root;
        setName(NAME);
        title.setName(TITLE);
        title.putClientProperty(FlatClientProperties.STYLE, "font: bold");
        putClientProperty(FlatClientProperties.STYLE, "arc: 12; border: 1,1,1,1,$Component.borderColor,1,12;"
                + " background: $Panel.background");
        add(title, "wmin 0");
        add(text, "wmin 0");
        setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        hide.setRepeats(false);
        addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                close();
                onClick.run();
            }
        });
    }

    void show(String heading, String body, Runnable clicked) {
        onClick = clicked;
        title.setText(heading);
        text.setText(body.length() > 120 ? body.substring(0, 120) + "…" : body.replaceAll("\\s+", " "));
        JLayeredPane layers = root.getLayeredPane();
        if (getParent() != layers) {
            layers.add(this, JLayeredPane.POPUP_LAYER);
        }
        Dimension size = getPreferredSize();
        int width = Math.min(WIDTH, layers.getWidth() - 2 * MARGIN);
        setBounds(layers.getWidth() - width - MARGIN, TOP, width, size.height);
        setVisible(true);
        revalidate();
        repaint();
        hide.restart();
    }

    void close() {
        hide.stop();
        setVisible(false);
    }
}
