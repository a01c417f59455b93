package messenger.client.view;

import java.awt.Dimension;
import java.awt.Insets;
import javax.swing.JLabel;

/**
 * The small text of a transfer's progress. It is never narrower than its prototype, the widest its numbers
 * can read, so neither it nor what shares its row changes width as the numbers count up.
 */
final class ProgressLabel extends JLabel {

    /** The widest progress of an upload ("12.6 MB of 67.1 MB · 48.2 MB/s"). */
    static final String WIDEST_UPLOAD = "999.9 MB of 999.9 MB · 999.9 MB/s";
    /** The widest progress of a download ("12.6 MB · 48.2 MB/s"); its size is shown beside it. */
    static final String WIDEST_DOWNLOAD = "999.9 MB · 999.9 MB/s";

    private final String prototype;

    ProgressLabel(String prototype) {
        this.prototype = prototype;
        Labels.styledSmall(this);
    }

    @Override
    public Dimension getPreferredSize() {
        Dimension size = super.getPreferredSize();
        Insets insets = getInsets();
        int prototypeWidth = getFontMetrics(getFont()).stringWidth(prototype) + insets.left + insets.right;
        return new Dimension(Math.max(size.width, prototypeWidth), size.height);
    }
}
