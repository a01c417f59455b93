package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Cursor;
import java.awt.Font;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.font.TextAttribute;
import java.util.Map;
import javax.swing.JButton;

/** A button that reads as a link: link colour, no border, a hand over it and an underline while hovered. */
final class LinkButton extends JButton {

    LinkButton() {
        putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);
        putClientProperty(FlatClientProperties.STYLE, "foreground: $Component.linkColor");
        setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        addMouseListener(new MouseAdapter() {
            private Font plain;

            @Override
            public void mouseEntered(MouseEvent e) {
                plain = getFont();
                setFont(plain.deriveFont(Map.of(TextAttribute.UNDERLINE, TextAttribute.UNDERLINE_ON)));
            }

            @Override
            public void mouseExited(MouseEvent e) {
                if (plain != null) {
                    setFont(plain);
                }
            }
        });
    }
}
