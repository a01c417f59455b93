package messenger.client.view;

import java.awt.Cursor;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import messenger.client.model.Quotes;
import messenger.protocol.Message;

/** The message a reply answers, quoted at the top of the reply: its author and start; clicking shows it. */
final class QuoteView extends JLabel {

    static final String NAME = "replyQuote";
    /** Characters of the quote shown on its one line. */
    private static final int SHOWN = 60;

    QuoteView(Message.Quote quote, Runnable onClick) {
        String text = Quotes.shown(quote);
        if (text.length() > SHOWN) {
            text = text.substring(0, SHOWN) + "…";
        }
        setText("↪ " + quote.from() + ": " + text);
        setName(NAME);
        setToolTipText("Show the message this answers");
        setForeground(Palette.QUOTE_TEXT);
        setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(0, 3, 0, 0, Palette.QUOTE_BAR),
                BorderFactory.createEmptyBorder(0, 6, 0, 0)));
        setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                onClick.run();
            }
        });
    }
}
