package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JLabel;

/** The few kinds of label the views share. */
final class Labels {

    private Labels() {
    }

    /** A red line that explains what is wrong; empty (and so taking no room) when nothing is. */
    static JLabel problem(String name) {
        return styledAsProblem(new JLabel(), name);
    }

    /** As {@link #problem}, but keeping its line while empty: for forms whose fields must not move under the mouse. */
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
        JLabel label = new JLabel(text);
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        label.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");
        return label;
    }

    /** Text that wraps at the width of the login form's fields instead of widening it; empty stays empty. */
    static String wrapped(String text) {
        return text.isEmpty() ? "" : "<html><div style='width:260px'>" + escape(text) + "</div></html>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
