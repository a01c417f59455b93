package messenger.client.view;

import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/** Runs something after every edit of a text, whatever kind of edit it was. */
final class TextEdits {

    private TextEdits() {
    }

    static void follow(JTextComponent text, Runnable onEdit) {
        text.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                onEdit.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                onEdit.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                onEdit.run();
            }
        });
    }
}
