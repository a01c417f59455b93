package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.event.ActionEvent;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.text.DefaultEditorKit;
import javax.swing.text.JTextComponent;
import messenger.client.model.ChatMessage;
import messenger.client.model.Drafts.Draft;
import messenger.client.model.MessageDraft;
import messenger.client.model.Quotes;
import net.miginfocom.swing.MigLayout;

/**
 * Where a message is written: Enter sends, Shift+Enter starts a new line; Attach picks a file to share. The
 * text grows with its lines up to a third of the window; near the length limit a counter shows. A message may
 * be written as a reply to another, or the text of one of the user's own messages edited instead (Up in an
 * empty composer edits their last one); a line above the text says so, and Escape or its ✕ goes back to a
 * plain new message. An edit stays in the composer until the server has it, so a failed one can be tried again.
 */
final class Composer extends JPanel {

    static final String TEXT = "composer";
    static final String SEND_BUTTON = "send";
    static final String ATTACH_BUTTON = "attach";
    static final String PROBLEM = "composerProblem";
    static final String COUNTER = "composerCounter";
    static final String CONTEXT = "composerContext";
    static final String CANCEL_CONTEXT = "composerCancelContext";

    /** What the composer hands on. */
    interface Actions {
        /** A new message, answering {@code replyTo} (null: none). */
        void send(String text, ChatMessage replyTo);

        /** {@code onSaved} runs on the event thread once the server has the new text; a failure is told apart. */
        void saveEdit(ChatMessage message, String text, Runnable onSaved);

        /** Up in an empty composer: the user wants to edit their last message. */
        void editLast();

        /** The user changed the text. */
        void typed();
    }

    private final ComposerText text = new ComposerText();
    private final JScrollPane scroll = new JScrollPane(text);
    private final JLabel problem = Labels.problem(PROBLEM);
    private final JLabel counter = Labels.small("");
    private final MessageDraft draft = new MessageDraft();
    private final JLabel context = new JLabel();
    private final JButton cancelContext = new JButton("✕");
    private final Actions actions;
    private ChatMessage replyingTo;
    private ChatMessage editing;
    /** What was written when an edit began, given back when it ends. */
    private String draftBeforeEdit = "";
    private boolean settingText;
    private int fittedHeight;

    Composer(Actions actions, Runnable onAttach) {
        super(new MigLayout("insets 8 12 8 12, hidemode 3, gap 8 4", "[][grow,fill][][]", "[][][]"));
        this.actions = actions;
        context.setName(CONTEXT);
        context.setForeground(Palette.QUOTE_TEXT);
        cancelContext.setName(CANCEL_CONTEXT);
        cancelContext.setToolTipText("Write a new message instead (Escape)");
        cancelContext.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);
        cancelContext.addActionListener(e -> plainMessage());
        text.setName(TEXT);
        EmojiKeyRepair.install(text);
        counter.setName(COUNTER);
        text.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Write a message — Enter sends, Shift+Enter adds a line");
        text.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "send");
        text.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.SHIFT_DOWN_MASK),
                DefaultEditorKit.insertBreakAction);
        text.getActionMap().put("send", action(this::send));
        text.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "plainMessage");
        text.getActionMap().put("plainMessage", action(this::plainMessage));
        Object up = text.getInputMap().get(KeyStroke.getKeyStroke(KeyEvent.VK_UP, 0));
        Action moveUp = up == null ? null : text.getActionMap().get(up);
        text.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_UP, 0), "upOrEditLast");
        text.getActionMap().put("upOrEditLast", action(() -> {
            if (text.getDocument().getLength() == 0 && editing == null) {
                actions.editLast();
            } else if (moveUp != null) {
                moveUp.actionPerformed(new ActionEvent(text, ActionEvent.ACTION_PERFORMED, null));
            }
        }));
        JButton attach = new JButton("Attach…");
        attach.setName(ATTACH_BUTTON);
        attach.setToolTipText("Share a file (or drop it onto the window)");
        attach.addActionListener(e -> onAttach.run());
        JButton send = new JButton("Send");
        send.setName(SEND_BUTTON);
        send.addActionListener(e -> send());
        scroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        add(context, "skip 1, split 2, wmin 0, hidemode 3");
        add(cancelContext, "hidemode 3, wrap");
        showContext();
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

    /** What is written and not sent, with the message it answers. */
    Draft draft() {
        return editing != null ? new Draft(draftBeforeEdit, null) : new Draft(text.getText(), replyingTo);
    }

    /** Puts back what was written in another conversation (or nothing), the caret at its end. */
    void restore(Draft kept) {
        plainMessage();
        setText(kept.text());
        if (kept.replyTo() != null) {
            replyingTo = kept.replyTo();
            showContext();
        }
    }

    /** The next message answers {@code message}. */
    void replyTo(ChatMessage message) {
        editing = null;
        replyingTo = message;
        showContext();
        text.requestFocusInWindow();
    }

    /** Puts the text of one of the user's messages into the composer, to be changed and saved. */
    void edit(ChatMessage message) {
        if (editing == null) {
            draftBeforeEdit = text.getText();
        }
        replyingTo = null;
        editing = message;
        showContext();
        setText(message.text());
        text.requestFocusInWindow();
    }

    /** Back to writing a new message, which is not an answer; an edit given up gives back what was written before. */
    private void plainMessage() {
        boolean wasEditing = editing != null;
        replyingTo = null;
        editing = null;
        showContext();
        if (wasEditing) {
            setText(draftBeforeEdit);
        }
    }

    private void showContext() {
        if (editing != null) {
            context.setText("Editing your message — Enter saves, Escape cancels");
        } else if (replyingTo != null) {
            context.setText("↪ Replying to " + replyingTo.from() + ": " + shortly(replyingTo));
        }
        context.setVisible(editing != null || replyingTo != null);
        cancelContext.setVisible(context.isVisible());
        revalidate();
    }

    private static String shortly(ChatMessage message) {
        String shown = Quotes.shown(Quotes.of(message));
        return shown.length() > 50 ? shown.substring(0, 50) + "…" : shown;
    }

    private void setText(String newText) {
        settingText = true;
        try {
            text.setText(newText);
            text.setCaretPosition(text.getDocument().getLength());
        } finally {
            settingText = false;
        }
    }

    private static Action action(Runnable run) {
        return new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
    }

    /** Puts an emoji chosen in the picker where the caret is, and the focus back into the text. */
    private void insert(String emoji) {
        text.replaceSelection(emoji);
        text.requestFocusInWindow();
    }

    private void send() {
        draft.submit().ifPresent(message -> {
            if (editing != null) {
                ChatMessage edited = editing;
                actions.saveEdit(edited, message, () -> editSaved(edited, message));
                return;
            }
            ChatMessage original = replyingTo;
            replyingTo = null;
            showContext();
            setText("");
            actions.send(message, original);
            text.requestFocusInWindow();
        });
        showDraft();
    }

    /** Ends the edit, unless the user has since moved on to another text or another message. */
    private void editSaved(ChatMessage edited, String saved) {
        if (editing == edited && text.getText().equals(saved)) {
            plainMessage();
        }
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
        if (!settingText && editing == null && text.getDocument().getLength() > 0) {
            actions.typed();
        }
        showDraft();
        // the text's own views follow the edit through a listener of their own, which may come after this one
        SwingUtilities.invokeLater(this::fitText);
    }
}
