package messenger.client.view;

import java.awt.Dimension;
import javax.swing.JLabel;

/** A label that keeps a line's height while empty, so that what is below it stays put as it fills and clears. */
final class OneLineLabel extends JLabel {

    @Override
    public Dimension getPreferredSize() {
        return atLeastOneLine(super.getPreferredSize());
    }

    @Override
    public Dimension getMinimumSize() {
        return atLeastOneLine(super.getMinimumSize());
    }

    private Dimension atLeastOneLine(Dimension size) {
        int line = getFontMetrics(getFont()).getHeight() + getInsets().top + getInsets().bottom;
        return new Dimension(size.width, Math.max(size.height, line));
    }
}
