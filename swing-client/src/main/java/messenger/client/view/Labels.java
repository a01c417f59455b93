package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.plaf.basic.BasicHTML;

/** The few kinds of label the views share. */
final class Labels {

    /** The width of the login form's fields, in pixels, and so of the text that wraps under them. */
    static final int FORM_COLUMN_WIDTH = 340;

    private Labels() {
    }

    /** A red line that explains what is wrong; empty (and so taking no room) when nothing is. */
    static JLabel problem(String name) {
        return styledAsProblem(new JLabel(), name);
    }

    /** As {@link #problem}, but keeping its line while empty: for a form whose fields must not move. */
    static JLabel problemLine(String name) {
        return styledAsProblem(new OneLineLabel(), name);
    }

    private static JLabel styledAsProblem(JLabel label, String name) {
        label.setName(name);
        label.putClientProperty(FlatClientProperties.STYLE, "foreground: $Component.error.focusedBorderColor");
        return label;
    }

    /** Small, dim text: times, sizes, speeds. */
    static JLabel small(String text) {
        return styledSmall(new JLabel(text));
    }

    static JLabel styledSmall(JLabel label) {
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        label.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");
        return label;
    }

    /** Text that wraps at the width of the login form's fields instead of widening it; empty stays empty. */
    static String wrapped(String text) {
        return wrappedTo(text, FORM_COLUMN_WIDTH);
    }

    /** Text that wraps at {@code width} instead of widening what holds it; empty stays empty. */
    static String wrappedTo(String text, int width) {
        // Swing's HTML reads "pt" as screen pixels; its "px" are 1.3 of them unless W3C units are switched on
        return text.isEmpty() ? "" : "<html><div style='width:" + width + "pt'>" + escape(text) + "</div></html>";
    }

    /**
     * Shows its text as written. Swing renders a text that starts with {@code <html>} as HTML, images fetched from
     * anywhere included, and room names, topics, messages and file names are other people's: one named
     * {@code <html><img src=…>} would tell its author who looks at it, and when.
     */
    static <C extends JComponent> C asWritten(C component) {
        component.putClientProperty("html.disable", Boolean.TRUE);
        return component;
    }

    /** A tooltip that shows {@code text} as written (see {@link #asWritten}); null stays null. */
    static String tipAsWritten(String text) {
        return text != null && BasicHTML.isHTMLString(text) ? "<html>" + escape(text) + "</html>" : text;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
