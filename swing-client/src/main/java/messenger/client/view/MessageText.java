package messenger.client.view;

import java.awt.Color;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Insets;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import javax.swing.UIManager;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultCaret;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;
import javax.swing.text.View;
import messenger.client.model.FormattedText;
import messenger.client.model.Links;
import messenger.client.model.Markup;
import messenger.client.model.Mentions;

/**
 * The text of one message: selectable, wrapped at word boundaries to at most the width the conversation
 * allows, newlines kept, formatted (without its markers), emoji in the emoji font, links underlined and opened
 * on click, mentions set off; copying gives what was typed. Its preferred size is the width of its longest line (up to that
 * limit) and the height the wrapped text needs at that width.
 */
final class MessageText extends EmojiTextPane {

    static final String NAME = "messageText";

    private final IntSupplier maxWidth;
    private final List<Links.Link> links;
    private int naturalWidth = -1;

    MessageText(String text, IntSupplier maxWidth, LinkOpener opener) {
        this(text, List.of(), "", maxWidth, opener);
    }

    /** As {@link #MessageText(String, IntSupplier, LinkOpener)}, the {@code mentions} of logins set off, {@code me} the most. */
    MessageText(String text, List<String> mentions, String me, IntSupplier maxWidth, LinkOpener opener) {
        // the caret must not follow the text in, or every new message would scroll itself into view
        ((DefaultCaret) getCaret()).setUpdatePolicy(DefaultCaret.NEVER_UPDATE);
        FormattedText formatted = Markup.format(text);
        show(formatted);
        setOffMentions(formatted.shown(), mentions, me);
        this.maxWidth = maxWidth;
        this.links = formatted.links();
        setTransferHandler(new CopyAsTyped(formatted));
        setName(NAME);
        setEditable(false);
        setOpaque(false);
        setBorder(null);
        underlineLinks();
        LinkMouse mouse = new LinkMouse(opener);
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
    }

    interface LinkOpener {
        void open(URI link);
    }

    @Override
    public Dimension getPreferredSize() {
        Insets insets = getInsets();
        int horizontal = insets.left + insets.right;
        int width = Math.max(40, Math.min(naturalWidth() + horizontal, maxWidth.getAsInt()));
        View root = getUI().getRootView(this);
        root.setSize(width - horizontal, Integer.MAX_VALUE);
        int height = (int) Math.ceil(root.getPreferredSpan(View.Y_AXIS));
        return new Dimension(width, height + insets.top + insets.bottom);
    }

    @Override
    public Dimension getMinimumSize() {
        return getPreferredSize();
    }

    @Override
    public void setFont(java.awt.Font font) {
        super.setFont(font);
        naturalWidth = -1;
    }

    /** The width of the longest line, unwrapped, in the fonts it is drawn in, plus room for the caret. */
    private int naturalWidth() {
        if (naturalWidth < 0) {
            naturalWidth = (int) Math.ceil(getUI().getRootView(this).getPreferredSpan(View.X_AXIS)) + 2;
        }
        return naturalWidth;
    }

    /** The shown text run by run in its styles; quotes and code blocks indented as paragraphs. */
    private void show(FormattedText formatted) {
        StyledDocument document = getStyledDocument();
        try {
            for (FormattedText.Run run : formatted.runs()) {
                document.insertString(run.start(), formatted.shown().substring(run.start(), run.end()),
                        MessageStyles.of(run.styles()));
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("a run starts beyond the text before it", e);
        }
        for (FormattedText.Run run : formatted.runs()) {
            if (MessageStyles.isIndented(run.styles())) {
                document.setParagraphAttributes(run.start(), run.end() - run.start(), MessageStyles.INDENTED, false);
            }
        }
    }

    private void setOffMentions(String shown, List<String> mentions, String me) {
        for (Mentions.Span span : Mentions.in(shown, mentions)) {
            boolean ofMe = shown.substring(span.start() + 1, span.end()).equalsIgnoreCase(me);
            SimpleAttributeSet look = new SimpleAttributeSet();
            StyleConstants.setBold(look, true);
            StyleConstants.setBackground(look, ofMe ? Palette.MENTION_OF_ME_BACKGROUND : Palette.MENTION_BACKGROUND);
            getStyledDocument().setCharacterAttributes(span.start(), span.end() - span.start(), look, false);
        }
    }

    private void underlineLinks() {
        Highlighter.HighlightPainter painter = new Underline(UIManager.getColor("Component.linkColor"));
        for (Links.Link link : links) {
            try {
                getHighlighter().addHighlight(link.start(), link.end(), painter);
            } catch (BadLocationException e) {
                throw new IllegalStateException("a link found in the text lies outside it", e);
            }
        }
    }

    private Optional<Links.Link> linkAt(Point point) {
        int offset = viewToModel2D(point);
        return links.stream().filter(link -> offset >= link.start() && offset < link.end()).findFirst();
    }

    private final class LinkMouse extends MouseAdapter {
        private final LinkOpener opener;

        LinkMouse(LinkOpener opener) {
            this.opener = opener;
        }

        @Override
        public void mouseClicked(MouseEvent e) {
            if (e.getClickCount() == 1 && getSelectedText() == null) {
                linkAt(e.getPoint()).ifPresent(link -> opener.open(URI.create(link.url())));
            }
        }

        @Override
        public void mouseMoved(MouseEvent e) {
            setCursor(linkAt(e.getPoint()).isPresent() ? Cursor.getPredefinedCursor(Cursor.HAND_CURSOR)
                    : Cursor.getPredefinedCursor(Cursor.TEXT_CURSOR));
        }
    }

    /** Paints links in the link colour by underlining them (the text itself keeps its colour). */
    private static final class Underline implements Highlighter.HighlightPainter {
        private final Color color;

        Underline(Color color) {
            this.color = color == null ? Color.BLUE : color;
        }

        @Override
        public void paint(Graphics g, int start, int end, Shape bounds, JTextComponent text) {
            try {
                g.setColor(color);
                for (int offset = start; offset < end; offset++) {
                    Rectangle box = text.modelToView2D(offset).getBounds();
                    Rectangle next = text.modelToView2D(offset + 1).getBounds();
                    int right = next.y == box.y ? next.x : box.x + g.getFontMetrics().charWidth(text.getText().charAt(offset));
                    int baseline = box.y + box.height - 2;
                    g.drawLine(box.x, baseline, right, baseline);
                }
            } catch (BadLocationException e) {
                throw new IllegalStateException("a link highlight lies outside its text", e);
            }
        }
    }
}

