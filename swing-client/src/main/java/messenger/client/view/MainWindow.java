package messenger.client.view;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.WindowConstants;

/** The one window of a client; it shows the login screen or the chat screen. */
public final class MainWindow extends JFrame {

    public static final String NAME = "messenger";
    private static final Dimension MINIMUM = new Dimension(640, 480);
    private static final Dimension PREFERRED = new Dimension(1024, 720);

    public MainWindow() {
        super("Messenger");
        setName(NAME);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setMinimumSize(MINIMUM);
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        setSize(Math.min(PREFERRED.width, screen.width), Math.min(PREFERRED.height, screen.height));
        setLocationRelativeTo(null);
    }

    public void showScreen(JComponent screen) {
        setContentPane(screen);
        getRootPane().setDefaultButton(null);
        revalidate();
        repaint();
    }
}
