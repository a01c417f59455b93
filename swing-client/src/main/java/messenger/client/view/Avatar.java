package messenger.client.view;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JComponent;
import messenger.client.model.AvatarLook;

/** A sender's initials in a circle of the colour their login gives. */
final class Avatar extends JComponent {

    static final String NAME = "avatar";
    static final int SIZE = 28;

    private final AvatarLook look;

    Avatar(String login) {
        look = AvatarLook.of(login, Palette.AVATARS.length);
        setName(NAME);
        setToolTipText(login);
        Dimension size = new Dimension(SIZE, SIZE);
        setPreferredSize(size);
        setMinimumSize(size);
    }

    String initials() {
        return look.initials();
    }

    Color colour() {
        return Palette.AVATARS[look.colour()];
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setColor(colour());
        g2.fillOval(0, 0, SIZE - 1, SIZE - 1);
        g2.setColor(Color.WHITE);
        g2.setFont(getFont().deriveFont(Font.BOLD, SIZE * 0.4f));
        FontMetrics metrics = g2.getFontMetrics();
        g2.drawString(look.initials(), (SIZE - metrics.stringWidth(look.initials())) / 2,
                (SIZE - metrics.getHeight()) / 2 + metrics.getAscent());
        g2.dispose();
    }
}
