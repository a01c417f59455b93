package messenger.client.view;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.WindowConstants;

/** The one window of a client; it shows the login screen or the chat screen. */
public final class MainWindow extends JFrame {

    public static final String NAME = "messenger";
    private static final Dimension MINIMUM = new Dimension(640, 480);
    static final Dimension PREFERRED = new Dimension(1024, 720);

    private JComponent focusWhenOpened;

    public MainWindow() {
        super("Messenger");
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                if (focusWhenOpened != null) {
                    focusWhenOpened.requestFocusInWindow();
                    focusWhenOpened = null;
                }
            }
        });
        setName(NAME);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setMinimumSize(MINIMUM);
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        setSize(Math.min(PREFERRED.width, screen.width), Math.min(PREFERRED.height, screen.height));
        setLocationRelativeTo(null);
    }

    /** Shows a screen with the cursor in {@code firstFocus} and Enter pressing {@code defaultButton} (may be null). */
    public void showScreen(JComponent screen, JComponent firstFocus, JButton defaultButton) {
        setContentPane(screen);
        getRootPane().setDefaultButton(defaultButton);
        revalidate();
        repaint();
        if (isShowing()) {
            firstFocus.requestFocusInWindow();
        } else {
            focusWhenOpened = firstFocus;
        }
    }
}
