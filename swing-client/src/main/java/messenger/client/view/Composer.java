package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.event.ActionEvent;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.text.DefaultEditorKit;
import javax.swing.text.JTextComponent;
import messenger.client.model.MessageDraft;
import net.miginfocom.swing.MigLayout;

/**
 * Where a message is written: Enter sends, Shift+Enter starts a new line; Attach picks a file to share. The
 * text grows with its lines up to a third of the window; near the length limit a counter shows.
 */
final class Composer extends JPanel {

    static final String TEXT = "composer";
    static final String SEND_BUTTON = "send";
    static final String ATTACH_BUTTON = "attach";
    static final String PROBLEM = "composerProblem";
    static final String COUNTER = "composerCounter";

    private final ComposerText text = new ComposerText();
    private final JScrollPane scroll = new JScrollPane(text);
    private final JLabel problem = Labels.problem(PROBLEM);
    private final JLabel counter = Labels.small("");
    private final MessageDraft draft = new MessageDraft();
    private final Consumer<String> onSend;
    private int fittedHeight;

    Composer(Consumer<String> onSend, Runnable onAttach) {
        super(new MigLayout("insets 8 12 8 12, hidemode 3, gap 8 4", "[][grow,fill][][]", "[][]"));
        this.onSend = onSend;
        text.setName(TEXT);
        EmojiKeyRepair.install(text);
        counter.setName(COUNTER);
        text.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Write a message — Enter sends, Shift+Enter adds a line");
        text.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "send");
        text.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.SHIFT_DOWN_MASK),
                DefaultEditorKit.insertBreakAction);
        text.getActionMap().put("send", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                send();
            }
        });
        JButton attach = new JButton("Attach…");
        attach.setName(ATTACH_BUTTON);
        attach.setToolTipText("Share a file (or drop it onto the window)");
        attach.addActionListener(e -> onAttach.run());
        JButton send = new JButton("Send");
        send.setName(SEND_BUTTON);
        send.addActionListener(e -> send());
        scroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        add(attach, "aligny bottom");
        // a long conversation beside it must not squeeze the text below the height it asks for
        add(scroll, "hmin pref");
        add(new EmojiPickerButton(this::insert, text::requestFocusInWindow), "aligny bottom");
        add(send, "aligny bottom, wrap");
        add(problem, "skip 1, split 2, wmin 0");
        add(counter, "gapbefore push");
        TextEdits.follow(text, this::edited);
        text.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                fitText();
            }
        });
    }

    JTextComponent textArea() {
        return text;
    }

    /** What is written and not sent. */
    String draft() {
        return text.getText();
    }

    /** Puts back what was written in another conversation (or nothing), the caret at its end. */
    void restore(String draftText) {
        text.setText(draftText);
        text.setCaretPosition(text.getDocument().getLength());
    }

    /** Puts an emoji chosen in the picker where the caret is, and the focus back into the text. */
    private void insert(String emoji) {
        text.replaceSelection(emoji);
        text.requestFocusInWindow();
    }

    private void send() {
        draft.submit().ifPresent(message -> {
            text.setText("");
            onSend.accept(message);
            text.requestFocusInWindow();
        });
        showDraft();
    }

    private void showDraft() {
        problem.setText(draft.problem());
        counter.setText(draft.counter());
        counter.putClientProperty(FlatClientProperties.STYLE, draft.isTooLong()
                ? "foreground: $Component.warning.focusedBorderColor" : "foreground: $Label.disabledForeground");
    }

    /**
     * The scroll pane does not pass its text's revalidation on (it is a validate root), so the composer lays
     * itself out again when the text wants another height: after an edit, or when a new width wraps it anew.
     */
    private void fitText() {
        int wanted = text.getPreferredScrollableViewportSize().height;
        if (wanted != fittedHeight) {
            fittedHeight = wanted;
            revalidate();
        }
    }

    private void edited() {
        draft.edited(text.getText());
        showDraft();
        // the text's own views follow the edit through a listener of their own, which may come after this one
        SwingUtilities.invokeLater(this::fitText);
    }
}
