package messenger.client.view;

import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;
import javax.swing.UIManager;
import messenger.protocol.FileInfo;

/**
 * The inline preview of an image file, in a box of fixed size so the row's height never changes when the picture
 * arrives: "Loading preview…" until it does, "No preview" when it cannot be made. A click opens the image.
 */
final class ImagePreview extends JComponent {

    static final String NAME = "imagePreview";
    static final String LOADING_TEXT = "Loading preview…";
    static final String FAILED_TEXT = "No preview";

    private final FileInfo file;
    private final FileActions actions;
    private final Dimension box;
    private BufferedImage image;
    private String placeholder = LOADING_TEXT;
    private boolean requested;

    ImagePreview(FileInfo file, FileActions actions, int width, int height) {
        this.file = file;
        this.actions = actions;
        this.box = new Dimension(width, height);
        setName(NAME);
        setToolTipText(Labels.tipAsWritten(file.name()));
        addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (image != null) {
                    actions.openPreviewed(file, ImagePreview.this);
                }
            }
        });
    }

    /** The picture once it is there; null while it loads or when it failed. */
    BufferedImage image() {
        return image;
    }

    @Override
    public Dimension getPreferredSize() {
        return box;
    }

    @Override
    public Dimension getMinimumSize() {
        return box;
    }

    /** Asks for the picture when the row first shows, so a long conversation fetches only what is looked at. */
    @Override
    public void addNotify() {
        super.addNotify();
        if (!requested) {
            requested = true;
            actions.preview(file, this::show, failure -> {
                placeholder = FAILED_TEXT;
                repaint();
            });
        }
    }

    private void show(BufferedImage loaded) {
        image = loaded;
        setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        if (image != null) {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.drawImage(image, 0, 0, null);
        } else {
            g2.setColor(UIManager.getColor("Label.disabledForeground"));
            g2.setFont(getFont() != null ? getFont() : UIManager.getFont("Label.font"));
            g2.drawString(placeholder, 4, g2.getFontMetrics().getAscent() + 4);
        }
        g2.dispose();
    }
}
