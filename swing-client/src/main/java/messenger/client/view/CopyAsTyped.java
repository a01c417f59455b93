package messenger.client.view;

import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;
import javax.swing.JComponent;
import javax.swing.TransferHandler;
import javax.swing.text.JTextComponent;
import messenger.client.model.FormattedText;

/** Copies (or drags) a selection of a formatted message as the text that was typed for it, markers included. */
final class CopyAsTyped extends TransferHandler {

    private final FormattedText formatted;

    CopyAsTyped(FormattedText formatted) {
        this.formatted = formatted;
    }

    @Override
    public int getSourceActions(JComponent component) {
        return COPY;
    }

    @Override
    protected Transferable createTransferable(JComponent component) {
        JTextComponent text = (JTextComponent) component;
        return text.getSelectionStart() == text.getSelectionEnd() ? null
                : new StringSelection(formatted.source(text.getSelectionStart(), text.getSelectionEnd()));
    }
}
