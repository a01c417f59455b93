package messenger.client.view;

import javax.swing.JTextPane;
import javax.swing.text.AbstractDocument;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;

/**
 * A text pane that draws emoji its font cannot show in the bundled emoji font, at the same size, and wraps
 * long words as a text area does. Its
 * {@link #getText()} is the text it holds, lines ending in {@code \n} on every platform.
 */
class EmojiTextPane extends JTextPane {

    EmojiTextPane() {
        setEditorKit(new WrappingEditorKit());
        ((AbstractDocument) getStyledDocument()).setDocumentFilter(new EmojiFontFilter(this::getFont));
    }

    /** {@link JTextPane#getText()} writes the text out through its editor kit, with the platform's line ends. */
    @Override
    public String getText() {
        Document document = getDocument();
        try {
            return document.getText(0, document.getLength());
        } catch (BadLocationException e) {
            throw new IllegalStateException("the whole of a document lies outside it", e);
        }
    }
}
