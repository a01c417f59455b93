package messenger.client.view;

import java.awt.Font;
import java.util.Set;
import javax.swing.text.AttributeSet;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import messenger.client.model.TextStyle;

/** What each style of a message's text looks like, as text attributes. */
final class MessageStyles {

    /** The paragraph of a quote or a code block, set in from the rest. */
    static final AttributeSet INDENTED = indented();

    private static final float INDENT = 10;

    private MessageStyles() {
    }

    static AttributeSet of(Set<TextStyle> styles) {
        SimpleAttributeSet attributes = new SimpleAttributeSet();
        if (styles.contains(TextStyle.BOLD)) {
            StyleConstants.setBold(attributes, true);
        }
        if (styles.contains(TextStyle.ITALIC)) {
            StyleConstants.setItalic(attributes, true);
        }
        if (styles.contains(TextStyle.CODE) || styles.contains(TextStyle.CODE_BLOCK)) {
            StyleConstants.setFontFamily(attributes, Font.MONOSPACED);
            StyleConstants.setBackground(attributes, Palette.CODE_BACKGROUND);
        }
        if (styles.contains(TextStyle.QUOTE)) {
            StyleConstants.setForeground(attributes, Palette.QUOTE_TEXT);
        }
        return attributes;
    }

    static boolean isIndented(Set<TextStyle> styles) {
        return styles.contains(TextStyle.QUOTE) || styles.contains(TextStyle.CODE_BLOCK);
    }

    private static AttributeSet indented() {
        SimpleAttributeSet attributes = new SimpleAttributeSet();
        StyleConstants.setLeftIndent(attributes, INDENT);
        return attributes;
    }
}
