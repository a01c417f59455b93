package messenger.client.view;

import java.awt.Font;
import java.util.function.Supplier;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DocumentFilter;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import messenger.client.model.FallbackRuns;

/**
 * Gives text coming into a styled document the emoji font family where its base font cannot show it and
 * the emoji font can, at the size of the text around it; other text gets the attributes it came with, less
 * the emoji family it may have taken from the character before it.
 */
final class EmojiFontFilter extends DocumentFilter {

    private final Supplier<Font> base;

    EmojiFontFilter(Supplier<Font> base) {
        this.base = base;
    }

    @Override
    public void insertString(FilterBypass bypass, int offset, String text, AttributeSet attributes)
            throws BadLocationException {
        // text an input method is still composing is drawn by the input method's own view, all of a piece
        if (attributes != null && attributes.isDefined(StyleConstants.ComposedTextAttribute)) {
            bypass.insertString(offset, text, attributes);
            return;
        }
        int done = 0;
        for (FallbackRuns.Run run : EmojiFont.runsIn(text, base.get())) {
            if (run.start() > done) {
                bypass.insertString(offset + done, text.substring(done, run.start()), inBase(attributes));
            }
            bypass.insertString(offset + run.start(), text.substring(run.start(), run.end()), inEmoji(attributes));
            done = run.end();
        }
        if (done < text.length()) {
            bypass.insertString(offset + done, text.substring(done), inBase(attributes));
        }
    }

    @Override
    public void replace(FilterBypass bypass, int offset, int length, String text, AttributeSet attributes)
            throws BadLocationException {
        if (length > 0) {
            bypass.remove(offset, length);
        }
        if (text != null && !text.isEmpty()) {
            insertString(bypass, offset, text, attributes);
        }
    }

    private static AttributeSet inEmoji(AttributeSet attributes) {
        SimpleAttributeSet emoji = new SimpleAttributeSet(attributes == null ? SimpleAttributeSet.EMPTY : attributes);
        StyleConstants.setFontFamily(emoji, EmojiFont.family());
        return emoji;
    }

    private static AttributeSet inBase(AttributeSet attributes) {
        if (attributes == null || !EmojiFont.family().equals(attributes.getAttribute(StyleConstants.FontFamily))) {
            return attributes;
        }
        SimpleAttributeSet base = new SimpleAttributeSet(attributes);
        base.removeAttribute(StyleConstants.FontFamily);
        return base;
    }
}
